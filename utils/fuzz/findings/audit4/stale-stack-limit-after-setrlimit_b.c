void ext_walk(long n, long (*cb)(long)) { cb(n); __asm__ volatile("" ::: "memory"); }
