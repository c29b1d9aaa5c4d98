/** Options of {@link fitLogistic}. */
export interface FitLogisticOptions {
  /** Ridge penalty λ on the slopes (not the intercept); ≥ 0. Default 1. */
  l2?: number;
  /** Newton iterations before giving up (default 100). */
  maxIterations?: number;
}

/** Result of {@link fitLogistic}. */
export interface FitLogisticResult {
  /** [intercept, slope₁, …, slope_p]. */
  coefficients: number[];
  /** Newton iterations used. */
  iterations: number;
}

/**
 * L2-penalised (ridge) logistic regression fitted by Newton–Raphson (IRLS)
 * with step halving. Maximises
 * ℓ(β) = Σ_i [y_i η_i − log(1 + e^{η_i})] − (λ/2) Σ_{j≥1} β_j²,
 * η = β₀ + X β_{1..p}; each step solves (XᵀWX + λĨ) Δ = Xᵀ(y − μ) − λĨβ by
 * Cholesky (W = diag μ(1 − μ), Ĩ = identity with a 0 for the intercept) and
 * stops once a full step has max|Δ| < 1e-10·(1 + max|β|), or once the
 * Newton decrement gᵀΔ (g the gradient; about twice the gain in ℓ the step
 * promises) is ≤ 1e-14·(1 + |ℓ|), below what ℓ can resolve in floating
 * point (that step is applied in both cases). The second rule matters when
 * many fitted probabilities are near 0 or 1: the gain is then too small
 * for the step-halving check to see, while Δ can stay just above the
 * first tolerance. Newton converges quadratically, so β is then accurate
 * to rounding. This is the objective of scikit-learn's
 * `LogisticRegression(C = 1/λ)` (penalty ½‖w‖², intercept unpenalised);
 * with λ = 0 it is R's `glm(family = binomial)` maximum likelihood
 * (which then fails under complete separation, as does this function).
 *
 * @param x Rows of predictors (finite numbers; no intercept column).
 * @param y Outcomes, 0 or 1, aligned with `x`.
 * @param options `{ l2 = 1, maxIterations = 100 }`.
 * @returns `{ coefficients, iterations }`.
 * @throws {RangeError} On bad input, a singular Hessian (λ = 0 with a
 *   constant or collinear column), or no convergence (raise `l2`).
 *
 * @example
 * ```ts
 * import assert from "node:assert/strict";
 * import { fitLogistic } from "./fit_logistic.ts";
 * const fit = fitLogistic([[-1], [0], [1], [2]], [0, 1, 0, 1], { l2: 0 });
 * assert.equal(fit.coefficients.length, 2);
 * assert.ok(fit.coefficients[1] > 0);
 * ```
 */
export function fitLogistic(
  x: readonly (readonly number[])[],
  y: ArrayLike<number>,
  options: FitLogisticOptions = {},
): FitLogisticResult {
  const { l2 = 1, maxIterations = 100 } = options;
  const n = x.length;
  if (n === 0 || y.length !== n) {
    throw new RangeError(
      `fitLogistic(): cannot fit: need as many outcomes as rows (≥ 1): ${n} rows, ${y.length} outcomes`,
    );
  }
  if (!(l2 >= 0) || !Number.isFinite(l2)) {
    throw new RangeError(`fitLogistic(): cannot fit: l2 must be ≥ 0: ${l2}`);
  }
  const { design, p } = designMatrix(x, y);
  const objective = (b: Float64Array) => penalisedLogLik(design, y, l2, b);
  let beta = new Float64Array(p);
  let current = objective(beta);
  for (let iter = 1; iter <= maxIterations; iter++) {
    const { grad, hess } = newtonSystem(design, y, l2, beta);
    const step = choleskySolve(hess, grad, p);
    let maxStep = 0;
    let maxBeta = 0;
    let decrement = 0;
    for (let j = 0; j < p; j++) {
      maxStep = Math.max(maxStep, Math.abs(step[j]));
      maxBeta = Math.max(maxBeta, Math.abs(beta[j]));
      decrement += grad[j] * step[j];
    }
    if (
      maxStep < 1e-10 * (1 + maxBeta) ||
      decrement <= 1e-14 * (1 + Math.abs(current))
    ) {
      return {
        coefficients: Array.from(addScaled(beta, step, 1)),
        iterations: iter,
      };
    }
    // Step halving: accept the first step that does not lower ℓ.
    let scale = 1;
    let candidate = addScaled(beta, step, scale);
    let value = objective(candidate);
    while (!(value >= current) && scale > 1e-10) {
      scale /= 2;
      candidate = addScaled(beta, step, scale);
      value = objective(candidate);
    }
    beta = candidate;
    current = value;
  }
  throw new RangeError(
    `fitLogistic(): cannot fit: Newton did not converge in ${maxIterations} iterations: the classes may be separable; use l2 > 0 or a larger l2`,
  );
}

/**
 * The row-major n × p design matrix [1, x_i] (p = predictors + 1), after
 * checking that every row, outcome and value can be fitted (n ≥ 1 rows).
 */
function designMatrix(
  x: readonly (readonly number[])[],
  y: ArrayLike<number>,
): { design: Float64Array; p: number } {
  const n = x.length;
  const p = x[0].length + 1;
  const design = new Float64Array(n * p);
  for (let i = 0; i < n; i++) {
    if (x[i].length !== p - 1) {
      throw new RangeError(
        `fitLogistic(): cannot fit: row ${i} has ${
          x[i].length
        } values but row 0 has ${p - 1}`,
      );
    }
    if (y[i] !== 0 && y[i] !== 1) {
      throw new RangeError(
        `fitLogistic(): cannot fit: outcome ${i} is not 0 or 1: ${y[i]}`,
      );
    }
    design[i * p] = 1;
    for (let j = 1; j < p; j++) {
      const v = x[i][j - 1];
      if (!Number.isFinite(v)) {
        throw new RangeError(
          `fitLogistic(): cannot fit: value [${i}][${
            j - 1
          }] is not finite: ${v}`,
        );
      }
      design[i * p + j] = v;
    }
  }
  return { design, p };
}

/** ℓ(b) = Σ_i [y_i η_i − log(1 + e^{η_i})] − (λ/2) Σ_{j≥1} b_j². */
function penalisedLogLik(
  design: Float64Array,
  y: ArrayLike<number>,
  l2: number,
  b: Float64Array,
): number {
  const n = y.length;
  const p = b.length;
  let s = 0;
  for (let i = 0; i < n; i++) {
    const eta = linear(design, i, p, b);
    s += y[i] * eta - softplus(eta);
  }
  for (let j = 1; j < p; j++) s -= l2 / 2 * b[j] * b[j];
  return s;
}

/**
 * The gradient Xᵀ(y − μ) − λĨβ and the lower triangle of XᵀWX + λĨ at `beta`.
 */
function newtonSystem(
  design: Float64Array,
  y: ArrayLike<number>,
  l2: number,
  beta: Float64Array,
): { grad: Float64Array; hess: Float64Array } {
  const n = y.length;
  const p = beta.length;
  const grad = new Float64Array(p);
  const hess = new Float64Array(p * p);
  for (let i = 0; i < n; i++) {
    const mu = 1 / (1 + Math.exp(-linear(design, i, p, beta)));
    const w = mu * (1 - mu);
    const r = y[i] - mu;
    for (let a = 0; a < p; a++) {
      const xa = design[i * p + a];
      grad[a] += xa * r;
      const wa = w * xa;
      for (let b = 0; b <= a; b++) hess[a * p + b] += wa * design[i * p + b];
    }
  }
  for (let j = 1; j < p; j++) {
    grad[j] -= l2 * beta[j];
    hess[j * p + j] += l2;
  }
  return { grad, hess };
}

function linear(design: Float64Array, i: number, p: number, b: Float64Array) {
  let eta = 0;
  for (let j = 0; j < p; j++) eta += design[i * p + j] * b[j];
  return eta;
}

/** log(1 + e^η) without overflow. */
function softplus(eta: number): number {
  return eta > 0 ? eta + Math.log1p(Math.exp(-eta)) : Math.log1p(Math.exp(eta));
}

function addScaled(b: Float64Array, step: Float64Array, s: number) {
  const out = new Float64Array(b.length);
  for (let j = 0; j < b.length; j++) out[j] = b[j] + s * step[j];
  return out;
}

/** Solves A z = g for symmetric positive-definite A (lower triangle used). */
function choleskySolve(a: Float64Array, g: Float64Array, p: number) {
  const l = new Float64Array(p * p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i * p + j];
      for (let k = 0; k < j; k++) s -= l[i * p + k] * l[j * p + k];
      if (i === j) {
        if (!(s > 1e-12 * Math.max(1, a[i * p + i]))) {
          throw new RangeError(
            `fitLogistic(): cannot fit: the Hessian is singular at coefficient ${i} (0 = intercept): a constant or collinear predictor with l2 = 0, or fitted probabilities of exactly 0 or 1: use l2 > 0 or drop that predictor`,
          );
        }
        l[i * p + i] = Math.sqrt(s);
      } else {
        l[i * p + j] = s / l[j * p + j];
      }
    }
  }
  const z = new Float64Array(p);
  for (let i = 0; i < p; i++) {
    let s = g[i];
    for (let k = 0; k < i; k++) s -= l[i * p + k] * z[k];
    z[i] = s / l[i * p + i];
  }
  for (let i = p - 1; i >= 0; i--) {
    let s = z[i];
    for (let k = i + 1; k < p; k++) s -= l[k * p + i] * z[k];
    z[i] = s / l[i * p + i];
  }
  return z;
}
