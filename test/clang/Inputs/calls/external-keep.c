/* The external definition of keep() for ../../c99-inline-definition.c:
   unlike the inline definition there, it keeps the pointer. */
int *saved;
volatile int sink;
void keep(int *p) { saved = p; }
