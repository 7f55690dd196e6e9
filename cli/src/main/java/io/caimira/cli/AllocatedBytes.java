package io.caimira.cli;

import java.lang.management.ManagementFactory;

/**
 * Heap bytes allocated so far by the live threads of this JVM (HotSpot's per-thread counters): the difference over
 * a run of reports is what they allocated, a measure that does not vary with the machine's speed as times do.
 */
final class AllocatedBytes {
  private AllocatedBytes() {}

  /** The sum of the live threads' counters, or −1 when the JVM does not count. */
  static long ofAllThreads() {
    if (!(ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads)
        || !threads.isThreadAllocatedMemorySupported() || !threads.isThreadAllocatedMemoryEnabled()) {
      return -1;
    }
    long sum = 0;
    for (long bytes : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
      if (bytes > 0) {
        sum += bytes;
      }
    }
    return sum;
  }
}
