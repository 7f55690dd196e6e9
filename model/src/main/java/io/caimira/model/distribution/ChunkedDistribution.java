package io.caimira.model.distribution;

import io.caimira.model.sample.BlockStatistics;
import io.caimira.model.sample.Samples;

/**
 * A distribution whose samples are independent draws from a per-chunk generator: sampling takes one stream
 * and fills a fresh array chunk by chunk (in parallel for large arrays), recording
 * the statistics of each chunk as it is drawn.
 */
public interface ChunkedDistribution extends Distribution, ChunkSampler {
  @Override
  default Samples sample(int n, MonteCarloRandom rng) {
    BlockStatistics statistics = BlockStatistics.forSize(n);
    return Samples.adopt(rng.nextStream().fill(n, this, statistics), statistics);
  }
}
