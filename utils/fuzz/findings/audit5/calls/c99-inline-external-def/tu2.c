int *saved;
volatile int sink;
void keep(int *p) { saved = p; }
