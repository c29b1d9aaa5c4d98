# Regenerates lib/stats/testdata/r_reference.json, the R reference values that
# lib/stats/*_test.ts compare against (relative tolerance 1e-9, absolute 1e-15
# near zero). Run from the repository root:
#
#   Rscript lib/stats/testdata/make_fixtures.R
#
# Needs only base R (written against R 4.2.2; ks.test's exact method changed in
# R 4.2.0, so other versions may give other exact KS p-values with ties). Every
# input is generated here with set.seed() and written into the JSON beside its
# result, so the TypeScript tests need nothing else. Numbers are printed with
# sprintf("%.17g"), which round-trips IEEE doubles exactly; NA/NaN become null.

set.seed(20240517)

# ---- minimal JSON writer (no jsonlite dependency) ----
num1 <- function(v) {
  if (length(v) != 1L) stop("num1: need a scalar")
  if (is.na(v)) "null" else if (is.infinite(v)) stop("num1: Inf not representable") else sprintf("%.17g", v)
}
vec <- function(v) paste0("[", paste(vapply(as.numeric(v), num1, ""), collapse = ","), "]")
mat <- function(m) paste0("[", paste(apply(m, 1L, vec), collapse = ","), "]")
str1 <- function(s) paste0("\"", gsub("\"", "\\\\\"", s), "\"")
bool1 <- function(b) if (isTRUE(b)) "true" else "false"
obj <- function(...) {
  kv <- list(...)
  paste0("{", paste(sprintf("%s:%s", vapply(names(kv), str1, ""), unlist(kv)), collapse = ","), "}")
}
arr <- function(items) paste0("[\n", paste(items, collapse = ",\n"), "\n]")

# ---- Kolmogorov-Smirnov, two-sample, two-sided ----
ks_cases <- list(
  list("exact n=3,4 no ties", rnorm(3), rnorm(4)),
  list("exact n=5,5 no ties", rnorm(5), rnorm(5, 1)),
  list("exact n=7,10 no ties", rnorm(7), rnorm(10, 0.8)),
  list("exact n=10,3 no ties", rexp(10), rexp(3, 0.2)),
  list("exact n=1,3", 1.5, c(2, 3, 4)),
  list("exact separated 10,10", 1:10 + 0.5, 11:20 + 0.25),
  list("exact separated 99,100 (R cancellation)", 1:99 + 0.5, 100:199 + 0.25),
  list("exact n=40,60 shifted", rnorm(40), rnorm(60, 1.2)),
  list("exact n=99,100 shifted", rnorm(99), rnorm(100, 1)),
  list("exact n=50,50 same distribution", runif(50), runif(50)),
  list("exact with ties n=8,9 (R>=4.2 conditional)", round(rnorm(8)), round(rnorm(9, 1))),
  list("exact with ties n=6,6 integers", c(1, 2, 2, 3, 3, 3), c(2, 3, 3, 4, 4, 5)),
  list("exact with ties n=30,40 rpois", rpois(30, 2), rpois(40, 3)),
  list("exact identical samples with ties", c(1, 2, 3, 3), c(1, 2, 3, 3)),
  list("asymptotic n=120,100 no ties", rexp(120), rexp(100, 0.7)),
  list("asymptotic n=200,200 same distribution (x<1 branch)", rnorm(200), rnorm(200)),
  list("asymptotic n=1000,800 small shift", rnorm(1000), rnorm(800, 0.1)),
  list("asymptotic n=2000,1500 shifted (small p)", rnorm(2000), rnorm(1500, 0.3)),
  list("asymptotic n=3000,3000 strong shift (tiny p)", rnorm(3000), rnorm(3000, 0.35)),
  list("asymptotic with ties n=200,150 rpois", rpois(200, 3), rpois(150, 4)),
  list("asymptotic with ties n=500,400 rounded", round(rlnorm(500), 1), round(rlnorm(400, 0.1), 1)),
  list("asymptotic identical 1:200", as.numeric(1:200), as.numeric(1:200))
)
ks_json <- vapply(ks_cases, function(cs) {
  r <- suppressWarnings(ks.test(cs[[2]], cs[[3]]))
  obj(name = str1(cs[[1]]), x = vec(cs[[2]]), y = vec(cs[[3]]),
      statistic = num1(unname(r$statistic)), p_value = num1(r$p.value),
      method = str1(if (r$exact) "exact" else "asymptotic"))
}, "")

# ---- Mann-Whitney U: wilcox.test(x, y, exact = FALSE, correct = TRUE) ----
mwu_cases <- list(
  list("n=3,4 no ties", rnorm(3), rnorm(4)),
  list("n=5,7 no ties", rnorm(5), rnorm(7, 1)),
  list("n=10,8 no ties", runif(10), runif(8, 0.3)),
  list("n=6,6 ties", c(1, 2, 2, 3, 3, 3), c(2, 3, 3, 4, 4, 5)),
  list("n=10,10 rounded ties", round(rnorm(10), 1), round(rnorm(10, 0.5), 1)),
  list("n=1,2", 3, c(1, 2)),
  list("W exactly at its mean (z = 0)", c(1, 4), c(2, 3)),
  list("n=200,150 heavy ties rpois", rpois(200, 2), rpois(150, 2.5)),
  list("n=1000,2000 shifted (p ~ 1e-12)", rnorm(1000), rnorm(2000, 0.28)),
  list("n=3000,3000 strong shift (tiny p)", rnorm(3000), rnorm(3000, 0.8)),
  list("n=500,500 same distribution", rexp(500), rexp(500)),
  list("all values tied (NaN p)", c(1, 1, 1), c(1, 1))
)
mwu_json <- vapply(mwu_cases, function(cs) {
  r <- wilcox.test(cs[[2]], cs[[3]], exact = FALSE, correct = TRUE)
  obj(name = str1(cs[[1]]), x = vec(cs[[2]]), y = vec(cs[[3]]),
      statistic = num1(unname(r$statistic)), p_value = num1(r$p.value))
}, "")

# ---- chi-squared homogeneity: chisq.test(matrix, correct = ...) ----
t7x2 <- matrix(rpois(14, 30), nrow = 7)
t7x2[, 2] <- t7x2[, 2] + c(0, 5, 10, 0, 3, 12, 1)
t24x3 <- matrix(rpois(72, 12), nrow = 24)
t24x3[1:6, 1] <- t24x3[1:6, 1] + 8
chisq_cases <- list(
  list("2x2 no correction", matrix(c(12, 5, 7, 9), 2), FALSE),
  list("2x2 Yates", matrix(c(12, 5, 7, 9), 2), TRUE),
  list("2x2 Yates clipped below 0.5", matrix(c(10, 10, 10, 11), 2), TRUE),
  list("2x2 no correction near-independent", matrix(c(10, 10, 10, 11), 2), FALSE),
  list("2x2 strong association (tiny p)", matrix(c(900, 100, 150, 850), 2), FALSE),
  list("2x2 strong association Yates", matrix(c(900, 100, 150, 850), 2), TRUE),
  list("7x2", t7x2, FALSE),
  list("7x2 (correct ignored beyond 2x2)", t7x2, TRUE),
  list("24x3", t24x3, FALSE),
  list("3x4 non-integer weights", matrix(c(1.5, 2.25, 3, 4, 0.5, 6, 7, 8.75, 2, 1, 3, 9), 3), FALSE)
)
chisq_json <- vapply(chisq_cases, function(cs) {
  r <- suppressWarnings(chisq.test(cs[[2]], correct = cs[[3]]))
  obj(name = str1(cs[[1]]), table = mat(cs[[2]]), correct = bool1(cs[[3]]),
      statistic = num1(unname(r$statistic)), df = num1(unname(r$parameter)),
      p_value = num1(r$p.value))
}, "")
# A table with an all-zero row and column: R itself returns NaN there, so the
# reference is chisq.test on the reduced table (what chiSquaredHomogeneity does).
zt <- matrix(c(5, 0, 9, 4, 0, 0, 0, 0, 7, 0, 3, 8), nrow = 3)
zr <- zt[rowSums(zt) > 0, colSums(zt) > 0]
rz <- suppressWarnings(chisq.test(zr, correct = FALSE))
chisq_json <- c(chisq_json, obj(
  name = str1("3x4 with an all-zero row and column (reference: reduced 2x3 table)"),
  table = mat(zt), correct = bool1(FALSE), statistic = num1(unname(rz$statistic)),
  df = num1(unname(rz$parameter)), p_value = num1(rz$p.value)
))

# ---- Benjamini-Hochberg: p.adjust(p, "BH") ----
bh_cases <- list(
  list("unsorted with ties", c(0.04, 0.01, 0.03, 0.04, 0.2, 0.01, 0.9, 0.04)),
  list("span 1e-12..1", c(1, 1e-12, 0.5, 3e-7, 0.049, 1e-9, 0.002, 0.8, 0.05, 0.3)),
  list("with NA", c(0.02, NA, 0.01, 0.5, NA, 0.03)),
  list("single value", 0.3),
  list("all equal", rep(0.02, 5)),
  list("random 40", runif(40)^3)
)
bh_json <- vapply(bh_cases, function(cs) {
  obj(name = str1(cs[[1]]), p = vec(cs[[2]]), adjusted = vec(p.adjust(cs[[2]], "BH")))
}, "")

# ---- type-7 quantiles and median ----
probs <- c(0, 0.1, 0.25, 0.5, 0.75, 0.9, 1)
q_cases <- list(
  list("n=1", 4.2),
  list("n=2", c(1, 10)),
  list("n=5 odd", c(3, 1, 4, 1, 5)),
  list("n=6 even with ties", c(2, 7, 1, 8, 2, 8)),
  list("n=37 rlnorm", rlnorm(37)),
  list("n=1000 rnorm", rnorm(1000))
)
q_json <- vapply(q_cases, function(cs) {
  obj(name = str1(cs[[1]]), x = vec(cs[[2]]), probs = vec(probs),
      values = vec(unname(quantile(cs[[2]], probs, type = 7))), median = num1(median(cs[[2]])))
}, "")

# ---- Jensen-Shannon divergence, base 2 (defined here, no R package) ----
jsd <- function(p, q) {
  p <- p / sum(p); q <- q / sum(q); m <- (p + q) / 2
  kl <- function(a, b) sum(ifelse(a > 0, a * log2(a / b), 0))
  (kl(p, m) + kl(q, m)) / 2
}
jsd_cases <- list(
  list("counts with zeros", c(10, 0, 5, 3, 0, 1), c(2, 4, 5, 0, 0, 9)),
  list("probabilities", c(0.1, 0.2, 0.7), c(0.3, 0.3, 0.4)),
  list("hour-of-day counts", rpois(24, 20), rpois(24, 20) + c(rep(0, 12), rep(15, 12))),
  list("nearly identical", c(1000, 2000, 3000), c(1001, 2000, 2999))
)
jsd_json <- vapply(jsd_cases, function(cs) {
  obj(name = str1(cs[[1]]), p = vec(cs[[2]]), q = vec(cs[[3]]), value = num1(jsd(cs[[2]], cs[[3]])))
}, "")

# ---- Cliff's delta by brute force: mean(sign(x_i - y_j)) ----
cd_cases <- list(
  list("1:3 vs 2:4", c(1, 2, 3), c(2, 3, 4)),
  list("ties", c(1, 2, 2, 3, 3, 3), c(2, 3, 3, 4, 4, 5)),
  list("n=50,70 rpois", rpois(50, 3), rpois(70, 3.5)),
  list("n=200,100 continuous", rnorm(200, 0.2), rnorm(100))
)
cd_json <- vapply(cd_cases, function(cs) {
  obj(name = str1(cs[[1]]), x = vec(cs[[2]]), y = vec(cs[[3]]),
      delta = num1(mean(sign(outer(cs[[2]], cs[[3]], "-")))))
}, "")

# ---- logistic regression and cross-validated AUC ----
# Model: maximise sum(y*eta - log(1 + exp(eta))) - (l2/2) * sum(beta[-1]^2),
# eta = cbind(1, Z) %*% beta, Z standardised with the training mean and the
# population sd (divide by n); a zero-sd column becomes all zeros.
standardise <- function(train, test) {
  mu <- colMeans(train)
  sdv <- sqrt(colMeans(sweep(train, 2, mu)^2))
  f <- function(m) { z <- sweep(m, 2, mu); for (j in seq_along(sdv)) z[, j] <- if (sdv[j] > 0) z[, j] / sdv[j] else 0; z }
  list(train = f(train), test = f(test))
}
ridge_logit <- function(Z, y, l2) {
  X <- cbind(1, Z); b <- rep(0, ncol(X)); P <- diag(c(0, rep(l2, ncol(Z))), ncol(X))
  for (it in 1:200) {
    mu <- plogis(drop(X %*% b)); W <- mu * (1 - mu)
    g <- drop(crossprod(X, y - mu)) - drop(P %*% b)
    H <- crossprod(X, X * W) + P
    step <- solve(H, g); b <- b + step
    if (max(abs(step)) < 1e-13 * (1 + max(abs(b)))) break
  }
  b
}
auc_mw <- function(s, lab) {
  r <- rank(s); n1 <- sum(lab == 1); n0 <- sum(lab == 0)
  (sum(r[lab == 1]) - n1 * (n1 + 1) / 2) / (n1 * n0)
}
n <- 150
F <- cbind(rnorm(n), rnorm(n), rexp(n), rep(2, n))
lab <- rbinom(n, 1, plogis(-0.3 + 1.1 * F[, 1] - 0.6 * F[, 2] + 0.2 * F[, 3]))
# unpenalised fit compared with glm() (same optimum, l2 = 0)
Zall <- standardise(F[, 1:3], F[, 1:3])$train
g <- glm(lab ~ Zall, family = binomial, control = glm.control(epsilon = 1e-15, maxit = 100))
logit_json <- c(
  obj(name = str1("glm, l2 = 0"), X = mat(Zall), y = vec(lab), l2 = num1(0), coefficients = vec(unname(coef(g)))),
  obj(name = str1("ridge, l2 = 1"), X = mat(Zall), y = vec(lab), l2 = num1(1), coefficients = vec(ridge_logit(Zall, lab, 1)))
)
# cross-validated AUC with explicit stratified folds
folds <- 5
fold_of <- integer(n)
for (cl in 0:1) { idx <- which(lab == cl); fold_of[idx] <- (sample(seq_along(idx)) - 1L) %% folds }
scores <- numeric(n); fold_auc <- numeric(folds)
for (f in 0:(folds - 1)) {
  tr <- fold_of != f; te <- fold_of == f
  s <- standardise(F[tr, , drop = FALSE], F[te, , drop = FALSE])
  b <- ridge_logit(s$train, lab[tr], 1)
  scores[te] <- drop(cbind(1, s$test) %*% b)
  fold_auc[f + 1] <- auc_mw(scores[te], lab[te])
}
cv_json <- obj(name = str1("n=150, 4 features (one constant), 5 folds, l2 = 1"),
  features = mat(F), labels = vec(lab), fold_of = vec(fold_of), l2 = num1(1),
  auc = num1(auc_mw(scores, lab)), fold_aucs = vec(fold_auc), scores = vec(scores))

# ---- real data (results only; inputs are read from ../shared/realdata) ----
# Follower and following counts of the Venezuela June 2019 takedown users
# (33 accounts) against the social-honeypot legitimate users (19,276). Only
# the R results are stored; the TypeScript test reads the same files and
# skips when they are absent.
args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
realdata <- file.path(dirname(script), "..", "..", "..", "..", "shared", "realdata")
ve_file <- file.path(realdata, "venezuela_201906_1", "users_33rows.csv")
hp_file <- file.path(realdata, "social_honeypot", "legitimate_users.tsv")
real_json <- "null"
if (file.exists(ve_file) && file.exists(hp_file)) {
  ve <- read.csv(ve_file, stringsAsFactors = FALSE, encoding = "UTF-8")
  hp <- read.delim(hp_file, stringsAsFactors = FALSE)
  pairs <- list(
    list("followers", ve$follower_count, hp$NumberOfFollowers),
    list("followings", ve$following_count, hp$NumberOfFollowings)
  )
  rows <- lapply(pairs, function(pr) {
    a <- pr[[2]]; b <- pr[[3]]
    ks <- suppressWarnings(ks.test(a, b))
    w <- wilcox.test(a, b, exact = FALSE, correct = TRUE)
    list(metric = pr[[1]], n_a = length(a), n_b = length(b),
         median_a = median(a), iqr_a = unname(quantile(a, c(0.25, 0.75))),
         median_b = median(b), iqr_b = unname(quantile(b, c(0.25, 0.75))),
         ks_d = unname(ks$statistic), ks_p = ks$p.value,
         ks_method = if (ks$exact) "exact" else "asymptotic",
         mwu_u = unname(w$statistic), mwu_p = w$p.value,
         effect = mean(sign(outer(a, b, "-"))))
  })
  q <- p.adjust(vapply(rows, function(r) r$mwu_p, 0), "BH")
  real_json <- arr(vapply(seq_along(rows), function(i) {
    r <- rows[[i]]
    obj(metric = str1(r$metric), n_a = num1(r$n_a), n_b = num1(r$n_b),
        median_a = num1(r$median_a), iqr_a = vec(r$iqr_a),
        median_b = num1(r$median_b), iqr_b = vec(r$iqr_b),
        ks_d = num1(r$ks_d), ks_p = num1(r$ks_p), ks_method = str1(r$ks_method),
        mwu_u = num1(r$mwu_u), mwu_p = num1(r$mwu_p), effect = num1(r$effect),
        q = num1(q[i]))
  }, ""))
}

# ---- Poisson binomial upper tail (by convolution; pbinom for equal q) ----
# Drawn after every case above, so adding them left earlier values unchanged.
pb_pmf <- function(q) Reduce(function(f, qi) c(f * (1 - qi), 0) + c(0, f * qi), q, 1)
pb_cases <- list(
  list("three probabilities", c(0.1, 0.2, 0.2)),
  list("n=40 uniform", runif(40)),
  list("n=25 with 0 and 1", c(0, 1, runif(23))),
  list("n=300 small q (tails to 1e-300)", runif(300, 0, 0.1)),
  list("n=200 q=0.3 (binomial)", rep(0.3, 200))
)
pb_json <- vapply(pb_cases, function(cs) {
  q <- cs[[2]]
  n <- length(q)
  # upper[c + 1] = P(S >= c), c = 0..n, summed from the top (no cancellation)
  upper <- rev(cumsum(rev(pb_pmf(q))))
  binom <- if (length(unique(q)) == 1L) {
    vec(pbinom(0:n - 1, n, q[1], lower.tail = FALSE))
  } else "null"
  obj(name = str1(cs[[1]]), q = vec(q), upper = vec(upper), pbinom = binom)
}, "")

# ---- Holm ----
holm_cases <- list(
  list("ties and zero", c(0.01, 0.04, 0.03, 0.03, 0)),
  list("uniform n=30", runif(30)),
  list("small p n=50", rbeta(50, 0.2, 5))
)
holm_json <- vapply(holm_cases, function(cs) {
  obj(name = str1(cs[[1]]), p = vec(cs[[2]]), adjusted = vec(p.adjust(cs[[2]], "holm")))
}, "")

out <- paste0("{\n",
  "\"generated_by\": ", str1("lib/stats/testdata/make_fixtures.R"), ",\n",
  "\"r_version\": ", str1(R.version.string), ",\n",
  "\"ks\": ", arr(ks_json), ",\n",
  "\"mwu\": ", arr(mwu_json), ",\n",
  "\"chisq\": ", arr(chisq_json), ",\n",
  "\"bh\": ", arr(bh_json), ",\n",
  "\"quantile\": ", arr(q_json), ",\n",
  "\"jsd\": ", arr(jsd_json), ",\n",
  "\"cliffs\": ", arr(cd_json), ",\n",
  "\"logistic\": ", arr(logit_json), ",\n",
  "\"cv_auc\": ", arr(cv_json), ",\n",
  "\"poisson_binomial\": ", arr(pb_json), ",\n",
  "\"holm\": ", arr(holm_json), ",\n",
  "\"real_data\": ", real_json, "\n}\n")
dest <- file.path(dirname(script), "r_reference.json")
writeLines(out, dest, sep = "")
cat("wrote", dest, "\n")
