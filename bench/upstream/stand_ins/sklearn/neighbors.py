"""Weighted Gaussian kernel density sampling, as upstream's CustomKernel asks of scikit-learn's KernelDensity: pick a
point with probability proportional to its weight (a search of u·Σw in the cumulative weights), then add a normal
offset of the bandwidth. fit() builds no search tree (sampling does not use one), so this is no slower than the real
class."""
import numpy as np


class KernelDensity:
    def __init__(self, kernel="gaussian", bandwidth=1.0, **_):
        if kernel != "gaussian":
            raise NotImplementedError(kernel)
        self.bandwidth = bandwidth

    def fit(self, X, y=None, sample_weight=None):
        self.points = np.asarray(X)
        self.weights = None if sample_weight is None else np.asarray(sample_weight)
        return self

    def sample(self, n_samples=1, random_state=None):
        rng = np.random.mtrand._rand if random_state is None else np.random.RandomState(random_state)
        u = rng.uniform(0, 1, size=n_samples)
        if self.weights is None:
            index = (u * self.points.shape[0]).astype(np.int64)
        else:
            cumulative = np.cumsum(self.weights)
            index = np.searchsorted(cumulative, u * cumulative[-1])
        return np.atleast_2d(rng.normal(self.points[index], self.bandwidth))
