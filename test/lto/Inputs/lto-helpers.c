int sum16(const int *p) { int s = 0; for (int i = 0; i < 16; i++) s += p[i]; return s; }
void fill16(int *p, int k) { for (int i = 0; i < 16; i++) p[i] = i * k; }
