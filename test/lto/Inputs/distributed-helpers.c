// The other module of test/lto/distributed-thinlto.c: the buffer's users,
// which the backend of main's module imports and inlines.
void fill(int *p, int n, int k) {
  for (int i = 0; i < n; i++)
    p[i] = i * k;
}

int pick(const int *p, int n, int k) { return p[k % n]; }
