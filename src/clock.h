/* clock.h (internal): a monotonic clock in seconds, for the stage timings of the pipeline. */
#ifndef ENTGRAPH_CLOCK_H
#define ENTGRAPH_CLOCK_H

#include <time.h>

static inline double eg_clock_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#endif
