// Built without the plugin, in its own file: f is re-entered through code
// heap2stack cannot see, so its slot is checked whatever its size.
void ext_walk(long n, long (*cb)(long)) {
  cb(n);
  __asm__ volatile("" ::: "memory");
}
