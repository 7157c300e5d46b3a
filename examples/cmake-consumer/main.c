#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static double mean(const double *v, int n) {
  double s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s / n;
}

int main(int argc, char **argv) {
  (void)argv;
  double total = 0;
  for (int round = 0; round < 100; round++) {
    double *samples = malloc(32 * sizeof *samples); /* moves: only mean() reads it */
    for (int i = 0; i < 32; i++)
      samples[i] = round + i * 0.5;
    total += mean(samples, 32 - (argc > 5));
    free(samples);
  }
  char *line = malloc(1 << 16); /* stays: above this project's max-size of 4096 */
  snprintf(line, 1 << 16, "%.2f", total);
  puts(line);
  free(line);
  return 0;
}
