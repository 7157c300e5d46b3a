/*
 * pointer_bits.h - what the bytes of memory say about pointers.
 */
#ifndef H2S_POINTER_BITS_H
#define H2S_POINTER_BITS_H

#include "analysis.h"

/*
 * After the location graph of fa is solved: computes which bytes of each
 * object may hold pointers, data and zeroes (fa->obj_bytes), adds the
 * constraints they imply, and solves again until nothing changes.
 */
void h2s_pointer_bits_solve(struct h2s_function_analysis *fa);

#endif
