# gnuplot script for benchmarks/run --all: the runtime benchmarks' ns/op by
# variant and pipeline. Input: runtime.dat (benchmarks/runtime/run), one
# line per variant: name, then median min max for heap, heap2stack,
# heap2stack with -heap2stack-stack-check-above=1000000 (unchecked),
# heap2stack with -heap2stack-late-rerun=false (first run only), h2s+O2, Attributor, Attr+O2,
# stack twin (NaN: the build died or did not build).
# Call: gnuplot -e "dat='runtime.dat'; png='out.png'; subtitle='...'" plot.gp
set terminal png size 1400,650 font ",11"
set output png
set termoption noenhanced
set datafile missing "NaN"
set title "heap2stack runtime benchmarks: ns/op, median of the runs, bars min-max (log scale; a missing bar: that build crashed or failed to build)\n".subtitle
set style data histogram
set style histogram errorbars gap 2 lw 1
set style fill solid 0.85 border -1
set logscale y
set yrange [0.5:*]
set ylabel "ns/op"
set grid ytics
set key top left horizontal
set xtics nomirror rotate by -25 offset -1,0
plot dat using 2:3:4:xtic(1) title "heap" lc rgb "#d62728", \
     "" using 5:6:7 title "heap2stack" lc rgb "#2ca02c", \
     "" using 8:9:10 title "heap2stack unchecked" lc rgb "#bcbd22", \
     "" using 11:12:13 title "heap2stack, first run only" lc rgb "#17becf", \
     "" using 14:15:16 title "heap2stack + 2nd -O2" lc rgb "#98df8a", \
     "" using 17:18:19 title "Attributor" lc rgb "#1f77b4", \
     "" using 20:21:22 title "Attributor + 2nd -O2" lc rgb "#aec7e8", \
     "" using 23:24:25 title "stack twin" lc rgb "#7f7f7f"
