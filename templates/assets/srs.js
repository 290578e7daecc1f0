/* Spaced repetition for the flashcards: SM-2, the SuperMemo-2 algorithm (P. A. Wozniak, "Optimization of
   learning", master's thesis, Poznan University of Technology, 1990; published as "Application of a computer to
   improve the results obtained in working with the SuperMemo method", https://www.supermemo.com/english/ol/sm2.htm),
   as published:
   - every card starts with an E-Factor (EF) of 2.5;
   - after a review graded q (0-5) with q >= 3, EF' = EF + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02)), never below
     1.3, and the interval after the n-th successful review in a row is 1 day (n = 1), 6 days (n = 2), then the
     previous interval times EF, rounded up to whole days;
   - q < 3 starts the repetitions again (n = 0, next review in 1 day) without changing EF (step 6 of SM-2);
   - on the day of a review, cards graded below 4 are asked again until they get 4 or more (step 7): the session
     repeats them, and those repeats do not move the schedule again.
   The interval uses the EF before this review's change; the four buttons map to SM-2 grades as
   Again = 1, Hard = 3, Good = 4, Easy = 5.
   Dates are local calendar days written YYYY-MM-DD, so "due today" follows the reader's clock and calendar. */
(function (root) {
  'use strict';
  var GRADES = { again: 1, hard: 3, good: 4, easy: 5 };
  var MIN_EF = 1.3;

  function pad(n) { return (n < 10 ? '0' : '') + n; }

  /* The local calendar day of a time in milliseconds. */
  function day(ms) {
    var d = new Date(ms);
    return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
  }

  /* The calendar day `days` after `date` (YYYY-MM-DD), computed in UTC so a daylight-saving change never shifts it. */
  function addDays(date, days) {
    var p = date.split('-');
    var d = new Date(Date.UTC(+p[0], +p[1] - 1, +p[2] + days));
    return d.getUTCFullYear() + '-' + pad(d.getUTCMonth() + 1) + '-' + pad(d.getUTCDate());
  }

  function fresh() { return { n: 0, ef: 2.5, interval: 0, due: '', last: '' }; }

  /* The E-Factor after a response of quality q (SM-2 step 5), rounded to two decimals so stored values stay exact. */
  function nextEf(ef, q) {
    var next = ef + (0.1 - (5 - q) * (0.08 + (5 - q) * 0.02));
    return Math.max(MIN_EF, Math.round(next * 100) / 100);
  }

  /* The state of a card after a review graded q on `today`. A card already reviewed today keeps its schedule:
     the repeat belongs to SM-2's same-day drill (step 7), not to the spacing. */
  function review(state, q, today) {
    var s = state && state.ef ? state : fresh();
    if (s.last === today) return s;
    var out = { n: s.n, ef: s.ef, interval: s.interval, due: s.due, last: today };
    if (q < 3) {
      out.n = 0;
      out.interval = 1;
    } else {
      out.n = s.n + 1;
      out.interval = out.n === 1 ? 1 : out.n === 2 ? 6 : Math.ceil(s.interval * s.ef - 1e-9);
      out.ef = nextEf(s.ef, q);
    }
    out.due = addDays(today, out.interval);
    return out;
  }

  /* Due on `today`: never reviewed, or its review day has come. */
  function isDue(state, today) {
    return !state || !state.due || state.due <= today;
  }

  /* Whether the session should ask the card again today (SM-2 step 7). */
  function repeatToday(q) { return q < 4; }

  root.GuidebookSrs = { GRADES: GRADES, day: day, addDays: addDays, nextEf: nextEf, review: review, isDue: isDue,
    repeatToday: repeatToday, fresh: fresh };
})(window);
