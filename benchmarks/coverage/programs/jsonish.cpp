// jsonish: a small JSON reader and writer in everyday C++ (coverage and
// compile-time benchmark).  It generates deterministic documents as text,
// tokenizes them into a std::vector of tokens, parses them into a tree of
// std::unique_ptr nodes (objects in std::map, arrays in std::vector),
// walks the tree with small temporaries (std::string keys, scratch
// vectors, a std::make_unique'd visitor state), re-serializes it with
// std::ostringstream and prints checksums.
#include <cstdint>
#include <cstdio>
#include <map>
#include <memory>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace {

struct Node;
using NodePtr = std::unique_ptr<Node>;

struct Node {
  enum Kind { Null, Bool, Number, String, Array, Object } kind = Null;
  bool b = false;
  double num = 0;
  std::string str;
  std::vector<NodePtr> items;
  std::map<std::string, NodePtr> fields;
};

struct Token {
  enum Kind { LBrace, RBrace, LBracket, RBracket, Colon, Comma, Str, Num, True, False, NullT, End } kind;
  std::string text;
};

uint32_t rng = 88172645u;
uint32_t next_rand() {
  rng ^= rng << 13;
  rng ^= rng >> 17;
  rng ^= rng << 5;
  return rng;
}

std::string make_doc(int depth) {
  static const char *keys[] = {"id", "name", "tags", "score", "child", "ok", "note", "list"};
  std::string s;
  switch (depth > 0 ? next_rand() % 6 : next_rand() % 4) {
  case 0: return std::to_string(next_rand() % 1000);
  case 1: return "\"s" + std::to_string(next_rand() % 97) + "\"";
  case 2: return next_rand() % 2 ? "true" : "null";
  case 3: return "-" + std::to_string(next_rand() % 100) + ".5";
  case 4: {
    s = "[";
    int n = (int)(next_rand() % 5);
    for (int i = 0; i < n; i++) s += (i ? "," : "") + make_doc(depth - 1);
    return s + "]";
  }
  default: {
    s = "{";
    int n = 1 + (int)(next_rand() % 4);
    for (int i = 0; i < n; i++)
      s += std::string(i ? "," : "") + "\"" + keys[next_rand() % 8] + "\":" + make_doc(depth - 1);
    return s + "}";
  }
  }
}

std::vector<Token> tokenize(const std::string &s) {
  std::vector<Token> out;
  size_t i = 0;
  while (i < s.size()) {
    char c = s[i];
    if (c == ' ') { i++; continue; }
    if (c == '"') {
      size_t j = s.find('"', i + 1);
      out.push_back({Token::Str, s.substr(i + 1, j - i - 1)});
      i = j + 1;
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      size_t j = i + 1;
      while (j < s.size() && (s[j] == '.' || (s[j] >= '0' && s[j] <= '9'))) j++;
      out.push_back({Token::Num, s.substr(i, j - i)});
      i = j;
    } else if (s.compare(i, 4, "true") == 0) { out.push_back({Token::True, {}}); i += 4; }
    else if (s.compare(i, 5, "false") == 0) { out.push_back({Token::False, {}}); i += 5; }
    else if (s.compare(i, 4, "null") == 0) { out.push_back({Token::NullT, {}}); i += 4; }
    else {
      static const std::string punct = "{}[]:,";
      size_t k = punct.find(c);
      if (k == std::string::npos) throw std::runtime_error("bad char");
      out.push_back({Token::Kind(k), {}});
      i++;
    }
  }
  out.push_back({Token::End, {}});
  return out;
}

struct Parser {
  const std::vector<Token> &toks;
  size_t pos = 0;
  NodePtr parse() {
    const Token &t = toks[pos++];
    auto n = std::make_unique<Node>();
    switch (t.kind) {
    case Token::Num: n->kind = Node::Number; n->num = std::stod(t.text); break;
    case Token::Str: n->kind = Node::String; n->str = t.text; break;
    case Token::True: n->kind = Node::Bool; n->b = true; break;
    case Token::False: n->kind = Node::Bool; break;
    case Token::NullT: break;
    case Token::LBracket:
      n->kind = Node::Array;
      while (toks[pos].kind != Token::RBracket) {
        n->items.push_back(parse());
        if (toks[pos].kind == Token::Comma) pos++;
      }
      pos++;
      break;
    case Token::LBrace:
      n->kind = Node::Object;
      while (toks[pos].kind != Token::RBrace) {
        std::string key = toks[pos].text;
        pos += 2;
        n->fields[key] = parse();
        if (toks[pos].kind == Token::Comma) pos++;
      }
      pos++;
      break;
    default: throw std::runtime_error("unexpected token");
    }
    return n;
  }
};

void write(std::ostringstream &os, const Node &n) {
  switch (n.kind) {
  case Node::Null: os << "null"; break;
  case Node::Bool: os << (n.b ? "true" : "false"); break;
  case Node::Number: os << n.num; break;
  case Node::String: os << '"' << n.str << '"'; break;
  case Node::Array: {
    os << '[';
    bool first = true;
    for (auto &i : n.items) { if (!first) os << ','; first = false; write(os, *i); }
    os << ']';
    break;
  }
  case Node::Object: {
    os << '{';
    bool first = true;
    for (auto &[k, v] : n.fields) { if (!first) os << ','; first = false; os << '"' << k << "\":"; write(os, *v); }
    os << '}';
    break;
  }
  }
}

struct Stats {
  uint64_t nodes = 0, depth_sum = 0, key_hash = 0;
};

void walk(const Node &n, int depth, Stats &st) {
  st.nodes++;
  st.depth_sum += (uint64_t)depth;
  // A scratch copy of the child pointers, sorted by kind: a local vector.
  std::vector<const Node *> kids;
  for (auto &i : n.items) kids.push_back(i.get());
  for (auto &[k, v] : n.fields) {
    std::string lowered = k; // a temporary key copy
    for (char &c : lowered) c = (char)(c | 0x20);
    for (char c : lowered) st.key_hash = st.key_hash * 131 + (unsigned char)c;
    kids.push_back(v.get());
  }
  for (const Node *k : kids) walk(*k, depth + 1, st);
}

uint64_t summarize(const Node &root) {
  auto st = std::make_unique<Stats>(); // visitor state on the heap
  walk(root, 0, *st);
  auto path = std::make_unique<int[]>(16); // scratch array of a constant size
  for (int i = 0; i < 16; i++) path[i] = (int)(st->nodes % (uint64_t)(i + 2));
  uint64_t h = st->nodes * 1000003u + st->depth_sum * 31u + st->key_hash;
  for (int i = 0; i < 16; i++) h = h * 7 + (uint64_t)path[i];
  return h;
}

} // namespace

int main(int argc, char **argv) {
  int docs = argc > 1 ? std::atoi(argv[1]) : 3000;
  uint64_t total = 0, bytes = 0;
  size_t tokens = 0;
  for (int d = 0; d < docs; d++) {
    std::string text = make_doc(5);
    std::vector<Token> toks = tokenize(text);
    tokens += toks.size();
    Parser p{toks};
    NodePtr root = p.parse();
    std::ostringstream os;
    write(os, *root);
    std::string again = os.str();
    bytes += again.size();
    total = total * 1315423911u + summarize(*root);
    if (d < 3) std::printf("%s\n", again.substr(0, 120).c_str());
  }
  std::printf("docs=%d tokens=%zu bytes=%llu hash=%016llx\n", docs, tokens, (unsigned long long)bytes,
              (unsigned long long)total);
  return 0;
}
