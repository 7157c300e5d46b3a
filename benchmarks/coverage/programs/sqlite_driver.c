/* A small SQL workload for SQLite (coverage benchmark): builds two tables
 * from deterministic pseudo-random data, indexes them, and prints the
 * results of a few queries (joins, GROUP BY, ORDER BY, LIKE, printf,
 * a recursive CTE, a transaction rolled back).  Linked with sqlite3.c
 * from the npm package better-sqlite3 (benchmarks/out/sqlite/). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "sqlite3.h"

static int print_row(void *arg, int n, char **values, char **names) {
  (void)names;
  unsigned long *rows = arg;
  ++*rows;
  for (int i = 0; i < n; i++)
    printf("%s%s", i ? "|" : "", values[i] ? values[i] : "NULL");
  printf("\n");
  return 0;
}

static void run(sqlite3 *db, const char *sql) {
  char *err = NULL;
  unsigned long rows = 0;
  if (sqlite3_exec(db, sql, print_row, &rows, &err) != SQLITE_OK) {
    fprintf(stderr, "sql error: %s\n  in: %s\n", err, sql);
    sqlite3_free(err);
    exit(1);
  }
}

static uint32_t rng = 12345;
static uint32_t next(void) {
  rng ^= rng << 13;
  rng ^= rng >> 17;
  rng ^= rng << 5;
  return rng;
}

int main(int argc, char **argv) {
  int n = argc > 1 ? atoi(argv[1]) : 20000;
  sqlite3 *db;
  if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
  run(db, "CREATE TABLE person(id INTEGER PRIMARY KEY, name TEXT, city INTEGER, age INTEGER);"
          "CREATE TABLE city(id INTEGER PRIMARY KEY, name TEXT);");
  static const char *syll[] = {"ka", "lo", "mi", "ne", "su", "ta", "ri", "po", "an", "el"};
  run(db, "BEGIN");
  sqlite3_stmt *ins;
  sqlite3_prepare_v2(db, "INSERT INTO person(name, city, age) VALUES(?, ?, ?)", -1, &ins, NULL);
  for (int i = 0; i < n; i++) {
    char name[32];
    int len = 0, parts = 2 + (int)(next() % 3);
    for (int k = 0; k < parts; k++)
      len += snprintf(name + len, sizeof name - (size_t)len, "%s", syll[next() % 10]);
    sqlite3_bind_text(ins, 1, name, len, SQLITE_TRANSIENT);
    sqlite3_bind_int(ins, 2, (int)(next() % 50));
    sqlite3_bind_int(ins, 3, 18 + (int)(next() % 60));
    sqlite3_step(ins);
    sqlite3_reset(ins);
  }
  sqlite3_finalize(ins);
  run(db, "WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < 49)"
          " INSERT INTO city SELECT i, printf('city-%02d', i) FROM c;"
          "COMMIT;"
          "CREATE INDEX person_city ON person(city, age);");
  run(db, "SELECT c.name, count(*), avg(p.age), max(p.name) FROM person p JOIN city c ON p.city = c.id"
          " GROUP BY c.id ORDER BY count(*) DESC, c.name LIMIT 10;");
  run(db, "SELECT name, count(*) AS k FROM person WHERE name LIKE 'ka%' GROUP BY name ORDER BY k DESC, name LIMIT 8;");
  run(db, "SELECT age / 10 * 10, count(*), sum(length(name)) FROM person GROUP BY 1 ORDER BY 1;");
  run(db, "SELECT upper(substr(name, 1, 4)), group_concat(DISTINCT city) FROM person WHERE age = 42 AND city < 5"
          " GROUP BY 1 ORDER BY 1 LIMIT 5;");
  run(db, "BEGIN; DELETE FROM person WHERE age > 30; SELECT count(*) FROM person; ROLLBACK;"
          "SELECT count(*), total(age) FROM person;");
  sqlite3_close(db);
  return 0;
}
