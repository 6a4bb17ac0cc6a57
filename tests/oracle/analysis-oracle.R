# The statistics oracle for LDN Tracker's tests (tests/oracle): R computes, independently of the
# C++ code, what docs/formats.md defines, and writes one CSV row per number. R is only a test
# oracle; the application never needs it.
#
# Usage: Rscript analysis-oracle.R CASES.csv DIARY.csv RANGES.csv PAIRS.csv OUT.csv
#   CASES.csv  case,side,day,value       one row per score; side is "before" or "after"; day is
#                                         the calendar day number (for the trend)
#   DIARY.csv  date,dose_mg,missed,SYMPTOM...   a diary as the app imports it
#   RANGES.csv label,from,to             date ranges to analyse the diary over (NA: default)
#   PAIRS.csv  set,difference            the pair differences (LDN − placebo) of blinded trials
#   OUT.csv    group,key,value           group is "case:N", "step:LABEL:DATE:SYMPTOM",
#                                         "overall:LABEL:SYMPTOM" or "pairs:SET"
suppressPackageStartupMessages(library(sandwich))

arguments <- commandArgs(trailingOnly = TRUE)
stopifnot(length(arguments) == 5)
rows <- list()
emit <- function(group, key, value) {
    rows[[length(rows) + 1]] <<- data.frame(group = group, key = key, value = value)
}

newey_west_lag <- function(n) floor(4 * (n / 100)^(2 / 9))

# The before/after comparison exactly as issue 18 defines it: OLS of y on an "after" indicator,
# sandwich's Newey-West covariance without prewhitening or adjustment, t(0.975, n - 2).
compare <- function(before, after) {
    y <- c(before, after)
    x <- c(rep(0, length(before)), rep(1, length(after)))
    n <- length(y)
    fit <- lm(y ~ x)
    lag <- newey_west_lag(n)
    covariance <- NeweyWest(fit, lag = lag, prewhite = FALSE, adjust = FALSE)
    # The definition written out (Bartlett weights 1 - j/(L + 1), no adjustment): this R and
    # sandwich must give exactly it, or the oracle itself would be checking something else.
    X <- cbind(1, x)
    scores <- X * residuals(fit)
    meat <- crossprod(scores)
    for (j in seq_len(min(lag, n - 1))) {
        gamma <- crossprod(scores[(j + 1):n, , drop = FALSE], scores[1:(n - j), , drop = FALSE])
        meat <- meat + (1 - j / (lag + 1)) * (gamma + t(gamma))
    }
    bread <- solve(crossprod(X))
    written_out <- bread %*% meat %*% bread
    stopifnot(abs(written_out[2, 2] - covariance[2, 2]) <= 1e-10 * max(1, abs(covariance[2, 2])))
    se <- sqrt(covariance[2, 2])
    difference <- unname(coef(fit)[2])
    q <- qt(0.975, n - 2)
    e <- unname(residuals(fit))
    list(difference = difference, low = difference - q * se, high = difference + q * se, lag = lag,
         r1 = sum(e[-1] * e[-n]) / sum(e^2), rss = sum(e^2), sumsq = sum(y^2), n = n)
}

# The trend before a change: lm(score ~ day) and confint, in points per week.
trend <- function(days, values) {
    fit <- lm(values ~ days)
    interval <- confint(fit, level = 0.95)[2, ] * 7
    list(slope = unname(coef(fit)[2]) * 7, low = unname(interval[1]), high = unname(interval[2]),
         rss = sum(residuals(fit)^2), sumsq = sum(values^2))
}

exact_fit <- function(rss, sumsq) rss <= 1e-24 * max(1, sumsq)

# --- generated series and edge cases ------------------------------------------------------------
cases <- read.csv(arguments[1])
for (id in unique(cases$case)) {
    one <- cases[cases$case == id, ]
    before <- one[one$side == "before", ]
    after <- one[one$side == "after", ]
    group <- paste0("case:", id)
    if (nrow(before) >= 1 && nrow(after) >= 1 && nrow(before) + nrow(after) >= 3) {
        result <- compare(before$value, after$value)
        emit(group, "lag", result$lag)
        emit(group, "difference", result$difference)
        emit(group, "exact_fit", as.numeric(exact_fit(result$rss, result$sumsq)))
        if (!exact_fit(result$rss, result$sumsq)) {
            emit(group, "low", result$low)
            emit(group, "high", result$high)
            emit(group, "r1", result$r1)
        }
    }
    if (nrow(before) >= 3) {
        result <- trend(before$day, before$value)
        emit(group, "trend_exact_fit", as.numeric(exact_fit(result$rss, result$sumsq)))
        if (!exact_fit(result$rss, result$sumsq)) {
            emit(group, "trend_slope", result$slope)
            emit(group, "trend_low", result$low)
            emit(group, "trend_high", result$high)
        }
    }
    if (nrow(before) >= 1) {
        emit(group, "q25", unname(quantile(before$value, 0.25)))
        emit(group, "q75", unname(quantile(before$value, 0.75)))
    }
}

# --- a logged diary, analysed as `analyze --json` defines it -------------------------------------
diary <- read.csv(arguments[2], check.names = FALSE, stringsAsFactors = FALSE)
diary$date <- as.Date(diary$date)
diary <- diary[order(diary$date), ]
diary$taken <- diary$missed == "no"
symptoms <- setdiff(names(diary), c("date", "dose_mg", "missed", "taken"))
ranges <- read.csv(arguments[3], stringsAsFactors = FALSE)
window_days <- 14
settle_days <- 3

# Scores of a symptom on taken days in [first, last] of `days`, in date order, with their dates.
scored <- function(days, symptom, first, last) {
    inside <- days[days$taken & days$date >= first & days$date <= last & !is.na(days[[symptom]]), ]
    list(dates = inside$date, values = as.numeric(inside[[symptom]]))
}

# The Newey-West comparison with the null rules of the definition.
emit_comparison <- function(group, before, after, higher_is_better) {
    emit(group, "n_before", length(before))
    emit(group, "n_after", length(after))
    if (length(before) >= 1 && length(after) >= 1) {
        emit(group, "difference", mean(after) - mean(before))
    }
    if (length(before) >= 3 && length(after) >= 3 && length(before) + length(after) >= 8) {
        result <- compare(before, after)
        if (!exact_fit(result$rss, result$sumsq)) {
            emit(group, "low", result$low)
            emit(group, "high", result$high)
            emit(group, "r1", result$r1)
            verdict <- if (result$low > 0 || result$high < 0) {
                if ((result$low > 0) == higher_is_better) 1 else -1
            } else 0
            emit(group, "verdict", verdict)
        }
    }
}

emit_trend <- function(group, scores) {
    if (length(scores$values) >= 3) {
        result <- trend(as.numeric(scores$dates), scores$values)
        if (!exact_fit(result$rss, result$sumsq)) {
            emit(group, "trend_slope", result$slope)
            emit(group, "trend_low", result$low)
            emit(group, "trend_high", result$high)
        }
    }
}

higher_is_better <- function(symptom) grepl("sleep|energy|mood|quality|wellbeing", symptom)

for (index in seq_len(nrow(ranges))) {
    label <- ranges$label[index]
    from <- if (is.na(ranges$from[index]) || ranges$from[index] == "") min(diary$date) else as.Date(ranges$from[index])
    to <- if (is.na(ranges$to[index]) || ranges$to[index] == "") max(diary$date) else as.Date(ranges$to[index])
    days <- diary[diary$date >= from & diary$date <= to, ]

    # Changes of dose: a taken day whose dose differs from the last earlier taken day's.
    last_dose <- NA
    for (row in seq_len(nrow(days))) {
        if (!days$taken[row]) next
        dose <- days$dose_mg[row]
        if (!is.na(last_dose) && dose != last_dose) {
            change <- days$date[row]
            for (symptom in symptoms) {
                before <- scored(days, symptom, change - window_days, change - 1)
                after <- scored(days, symptom, change + settle_days, change + settle_days + window_days - 1)
                group <- paste0("step:", label, ":", format(change), ":", symptom)
                emit_comparison(group, before$values, after$values, higher_is_better(symptom))
                emit_trend(group, before)
            }
        }
        last_dose <- dose
    }

    # Baseline before the first dose of LDN (whole diary) against the last 28 days of the range.
    first_dose <- min(diary$date[diary$taken & diary$dose_mg > 0])
    recent_from <- max(to - 27, first_dose, from)
    for (symptom in symptoms) {
        group <- paste0("overall:", label, ":", symptom)
        baseline <- scored(diary, symptom, first_dose - 28, first_dose - 1)
        recent <- scored(diary, symptom, recent_from, to)
        if (length(baseline$values) >= 1) emit(group, "baseline_mean", mean(baseline$values))
        if (length(recent$values) >= 1) emit(group, "recent_mean", mean(recent$values))
        emit_comparison(group, baseline$values, recent$values, higher_is_better(symptom))
        emit_trend(group, baseline)
        before_ldn <- scored(diary, symptom, min(diary$date), first_dose - 1)
        if (length(before_ldn$values) >= 1 && length(baseline$values) >= 1) {
            limit <- unname(quantile(before_ldn$values, if (higher_is_better(symptom)) 0.25 else 0.75))
            emit(group, "worst_quarter_limit", limit)
        }
    }
}

# --- the randomization test of a blinded n-of-1 trial (issue 19) ------------------------------------
# Every one of the 2^K sign patterns of the pair differences; p is the share whose |mean| is at
# least the observed |mean|, ties within 1e-9 counting.
pair_sets <- read.csv(arguments[4])
for (id in unique(pair_sets$set)) {
    d <- pair_sets$difference[pair_sets$set == id]
    k <- length(d)
    signs <- as.matrix(expand.grid(rep(list(c(1, -1)), k)))
    means <- abs(as.vector(signs %*% d)) / k
    group <- paste0("pairs:", id)
    emit(group, "difference", mean(d))
    emit(group, "p", mean(means >= abs(mean(d)) - 1e-9))
}

write.csv(do.call(rbind, rows), arguments[5], row.names = FALSE)
