<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Change the plan</source>
        <translation>Change the plan</translation>
    </message>
    <message>
        <source>Effective &amp;from</source>
        <translation>Effective &amp;from</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Effective from</translation>
    </message>
    <message>
        <source>The first day the change applies</source>
        <translation>The first day the change applies</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, MMM d, yyyy</translation>
    </message>
    <message>
        <source>Planned that day</source>
        <translation>Planned that day</translation>
    </message>
    <message>
        <source>Planned dose that day</source>
        <translation>Planned dose that day</translation>
    </message>
    <message>
        <source>&amp;New dose</source>
        <translation>&amp;New dose</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>New dose</translation>
    </message>
    <message>
        <source>The dose from that day, in mg</source>
        <translation>The dose from that day, in mg</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Optional. Why the plan changes, for your records and your prescriber.</source>
        <translation>Optional. Why the plan changes, for your records and your prescriber.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>AnalysisWording</name>
    <message>
        <source>for %1, higher is better</source>
        <translation>for %1, higher is better</translation>
    </message>
    <message>
        <source>for %1, lower is better</source>
        <translation>for %1, lower is better</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>Fewer than 3 days are scored before the change, too few for an interval.</source>
        <translation>Fewer than 3 days are scored before the change, too few for an interval.</translation>
    </message>
    <message>
        <source>Fewer than 3 days are scored in the baseline, too few for an interval.</source>
        <translation>Fewer than 3 days are scored in the baseline, too few for an interval.</translation>
    </message>
    <message>
        <source>Fewer than 3 days are scored after the change, too few for an interval.</source>
        <translation>Fewer than 3 days are scored after the change, too few for an interval.</translation>
    </message>
    <message>
        <source>Fewer than 3 days are scored in the last 28 days, too few for an interval.</source>
        <translation>Fewer than 3 days are scored in the last 28 days, too few for an interval.</translation>
    </message>
    <message>
        <source>Fewer than 8 days are scored on both sides together, too few for an interval.</source>
        <translation>Fewer than 8 days are scored on both sides together, too few for an interval.</translation>
    </message>
    <message>
        <source>Every day on each side has the same score, so there is no spread to build an interval on.</source>
        <translation>Every day on each side has the same score, so there is no spread to build an interval on.</translation>
    </message>
    <message>
        <source>The scores before lie on a straight line (for instance all the same), so the trend has no interval.</source>
        <translation>The scores before lie on a straight line (for instance all the same), so the trend has no interval.</translation>
    </message>
    <message>
        <source>No dose of LDN is logged yet, so there is no before and after.</source>
        <translation>No dose of LDN is logged yet, so there is no before and after.</translation>
    </message>
    <message>
        <source>No baseline: no days at 0 mg are logged in the 4 weeks before the first dose of LDN, so the days now cannot be compared with the days before LDN.</source>
        <translation>No baseline: no days at 0 mg are logged in the 4 weeks before the first dose of LDN, so the days now cannot be compared with the days before LDN.</translation>
    </message>
    <message>
        <source>These dates end before the first dose of LDN.</source>
        <translation>These dates end before the first dose of LDN.</translation>
    </message>
    <message>
        <source>already improving before</source>
        <translation>already improving before</translation>
    </message>
    <message>
        <source>already worsening before</source>
        <translation>already worsening before</translation>
    </message>
    <message>
        <source>%1 points a week, 95% interval %2 to %3</source>
        <translation>%1 points a week, 95% interval %2 to %3</translation>
    </message>
    <message>
        <source>%1 was already improving before this change (%2): part of the difference may not be the change&apos;s.</source>
        <translation>%1 was already improving before this change (%2): part of the difference may not be the change&apos;s.</translation>
    </message>
    <message>
        <source>%1 was already improving during the baseline (%2).</source>
        <translation>%1 was already improving during the baseline (%2).</translation>
    </message>
    <message>
        <source>%1 was already worsening before this change (%2): part of the difference may not be the change&apos;s.</source>
        <translation>%1 was already worsening before this change (%2): part of the difference may not be the change&apos;s.</translation>
    </message>
    <message>
        <source>%1 was getting worse during the baseline (%2).</source>
        <translation>%1 was getting worse during the baseline (%2).</translation>
    </message>
    <message>
        <source>No clear trend before this change (%1).</source>
        <translation>No clear trend before this change (%1).</translation>
    </message>
    <message>
        <source>No clear trend during the baseline (%1).</source>
        <translation>No clear trend during the baseline (%1).</translation>
    </message>
    <message>
        <source>Today&apos;s score tends to resemble yesterday&apos;s: intervals are wider to allow for it.</source>
        <translation>Today&apos;s score tends to resemble yesterday&apos;s: intervals are wider to allow for it.</translation>
    </message>
    <message>
        <source>Lag-1 autocorrelation %1: today&apos;s score tends to resemble yesterday&apos;s, so the interval is wider to allow for it.</source>
        <translation>Lag-1 autocorrelation %1: today&apos;s score tends to resemble yesterday&apos;s, so the interval is wider to allow for it.</translation>
    </message>
    <message>
        <source>Lag-1 autocorrelation %1: one day&apos;s score says little about the next.</source>
        <translation>Lag-1 autocorrelation %1: one day&apos;s score says little about the next.</translation>
    </message>
    <message>
        <source>The 95% interval is Newey–West&apos;s: it allows for runs of good and bad days, so it is wider than one that treats every day as independent.</source>
        <translation>The 95% interval is Newey–West&apos;s: it allows for runs of good and bad days, so it is wider than one that treats every day as independent.</translation>
    </message>
</context>
<context>
    <name>BlindedDesign</name>
    <message>
        <source>With %1 pairs the smallest possible p-value is %2: even if LDN helps every time, chance cannot be ruled out more firmly than that. Use %3 or more pairs for a firmer answer.</source>
        <translation>With %1 pairs the smallest possible p-value is %2: even if LDN helps every time, chance cannot be ruled out more firmly than that. Use %3 or more pairs for a firmer answer.</translation>
    </message>
    <message>
        <source>With %1 pairs the smallest possible p-value is %2, reached only when every pair points the same way.</source>
        <translation>With %1 pairs the smallest possible p-value is %2, reached only when every pair points the same way.</translation>
    </message>
</context>
<context>
    <name>ChangeVerdict</name>
    <message>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>no clear change</translation>
    </message>
</context>
<context>
    <name>CsvDateFormat</name>
    <message>
        <source>ISO (yyyy-mm-dd)</source>
        <translation>ISO (yyyy-mm-dd)</translation>
    </message>
    <message>
        <source>UK (dd/mm/yyyy)</source>
        <translation>Day first, as in the UK (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>US (mm/dd/yyyy)</source>
        <translation>US (mm/dd/yyyy)</translation>
    </message>
    <message>
        <source>Excel day numbers (45730 = 2025-03-14)</source>
        <translation>Excel day numbers (45730 = 2025-03-14)</translation>
    </message>
</context>
<context>
    <name>CsvField</name>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date and time taken</source>
        <translation>Date and time taken</translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation>Dose (mg)</translation>
    </message>
    <message>
        <source>Missed dose</source>
        <translation>Missed dose</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Time taken</translation>
    </message>
    <message>
        <source>Formulation</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Symptom score</source>
        <translation>Symptom score</translation>
    </message>
    <message>
        <source>New symptom</source>
        <translation>New symptom</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Side effects</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>DayLogPage</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date of the day to log</source>
        <translation>Date of the day to log</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, MMM d, yyyy</translation>
    </message>
    <message>
        <source>Show the day before (Alt+Left)</source>
        <translation>Show the day before (Alt+Left)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Previous day</translation>
    </message>
    <message>
        <source>‹ Previous day</source>
        <translation>‹ Previous day</translation>
    </message>
    <message>
        <source>Show the day after (Alt+Right)</source>
        <translation>Show the day after (Alt+Right)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Next day</translation>
    </message>
    <message>
        <source>Next day ›</source>
        <translation>Next day ›</translation>
    </message>
    <message>
        <source>Whether this day is logged</source>
        <translation>Whether this day is logged</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Dose taken</source>
        <translation>Dose taken</translation>
    </message>
    <message>
        <source>The arrow keys choose between dose taken, no LDN today and missed dose.</source>
        <translation>The arrow keys choose between dose taken, no LDN today and missed dose.</translation>
    </message>
    <message>
        <source>Dose &amp;taken</source>
        <translation>Dose &amp;taken</translation>
    </message>
    <message>
        <source>Dose in milligrams</source>
        <translation>Dose in milligrams</translation>
    </message>
    <message>
        <source>The dose taken. A number alone is in the profile&apos;s unit; 500mcg or 0.5mg may be typed with its unit. A dash means no dose is entered yet. Enter confirms it and goes to the first score.</source>
        <translation>The dose taken. A number alone is in the profile&apos;s unit; 500mcg or 0.5mg may be typed with its unit. A dash means no dose is entered yet. Enter confirms it and goes to the first score.</translation>
    </message>
    <message>
        <source>No LDN today, 0 mg</source>
        <translation>No LDN today, 0 mg</translation>
    </message>
    <message>
        <source>A deliberate day without LDN, such as a baseline day or a planned pause. Not a missed dose.</source>
        <translation>A deliberate day without LDN, such as a baseline day or a planned pause. Not a missed dose.</translation>
    </message>
    <message>
        <source>A deliberate day without LDN: a baseline day or a planned pause. Saved as 0 mg, not as missed.</source>
        <translation>A deliberate day without LDN: a baseline day or a planned pause. Saved as 0 mg, not as missed.</translation>
    </message>
    <message>
        <source>No &amp;LDN today (0 mg)</source>
        <translation>No &amp;LDN today (0 mg)</translation>
    </message>
    <message>
        <source>Missed dose</source>
        <translation>Missed dose</translation>
    </message>
    <message>
        <source>The dose was meant to be taken and was not.</source>
        <translation>The dose was meant to be taken and was not.</translation>
    </message>
    <message>
        <source>&amp;Missed dose</source>
        <translation>&amp;Missed dose</translation>
    </message>
    <message>
        <source>Titration plan for this day</source>
        <translation>Titration plan for this day</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <source>Time the dose was taken</source>
        <translation>Time the dose was taken</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Fo&amp;rm</source>
        <translation>Fo&amp;rm</translation>
    </message>
    <message>
        <source>Formulation</source>
        <translation>Formulation</translation>
    </message>
    <message>
        <source>Ph&amp;armacy</source>
        <translation>Ph&amp;armacy</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Pharmacy</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Batch</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Sym&amp;ptom scores, 0 to 10 (– means not scored)</source>
        <translation>Sym&amp;ptom scores, 0 to 10 (– means not scored)</translation>
    </message>
    <message>
        <source>Side &amp;effects (tick what you noticed, then its severity)</source>
        <translation>Side &amp;effects (tick what you noticed, then its severity)</translation>
    </message>
    <message>
        <source>Eve&amp;nts</source>
        <translation>Eve&amp;nts</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ote</translation>
    </message>
    <message>
        <source>Note for the day</source>
        <translation>Note for the day</translation>
    </message>
    <message>
        <source>Anything else about the day (optional)</source>
        <translation>Anything else about the day (optional)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save this day (Ctrl+S or Ctrl+Return)</source>
        <translation>Save this day (Ctrl+S or Ctrl+Return)</translation>
    </message>
    <message>
        <source>&amp;Save day (Ctrl+S)</source>
        <translation>&amp;Save day (Ctrl+S)</translation>
    </message>
    <message>
        <source>Fill every field from the most recent logged day before this date (Ctrl+Y)</source>
        <translation>Fill every field from the most recent logged day before this date (Ctrl+Y)</translation>
    </message>
    <message>
        <source>&amp;Copy yesterday (Ctrl+Y)</source>
        <translation>&amp;Copy yesterday (Ctrl+Y)</translation>
    </message>
    <message>
        <source>Start this day again from a blank form; nothing saved is deleted</source>
        <translation>Start this day again from a blank form; nothing saved is deleted</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Clear form</translation>
    </message>
    <message>
        <source>Add one of your own symptoms to score (for example energy or joint stiffness)</source>
        <translation>Add one of your own symptoms to score (for example energy or joint stiffness)</translation>
    </message>
    <message>
        <source>Add s&amp;ymptom…</source>
        <translation>Add s&amp;ymptom…</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Last action</translation>
    </message>
    <message>
        <source>The day&apos;s form</source>
        <translation>The day&apos;s form</translation>
    </message>
</context>
<context>
    <name>DefaultSymptoms</name>
    <message>
        <source>pain</source>
        <translation>pain</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>fatigue</translation>
    </message>
    <message>
        <source>sleep quality</source>
        <translation>sleep quality</translation>
    </message>
    <message>
        <source>brain fog</source>
        <translation>brain fog</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>mood</translation>
    </message>
</context>
<context>
    <name>DesignBadge</name>
    <message>
        <source>Systematic review</source>
        <translation>Systematic review</translation>
    </message>
    <message>
        <source>RCT (parallel)</source>
        <translation>RCT (parallel)</translation>
    </message>
    <message>
        <source>RCT (crossover)</source>
        <translation>RCT (crossover)</translation>
    </message>
    <message>
        <source>Controlled (randomisation unknown)</source>
        <translation>Controlled (randomization unknown)</translation>
    </message>
    <message>
        <source>Open-label / single-blind</source>
        <translation>Open-label / single-blind</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Retrospective</translation>
    </message>
    <message>
        <source>Case series / report</source>
        <translation>Case series / report</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Guideline</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanism</translation>
    </message>
    <message>
        <source>Registered trial / protocol</source>
        <translation>Registered trial / protocol</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Unclassified</translation>
    </message>
    <message>
        <source>Personal report</source>
        <translation>Personal report</translation>
    </message>
    <message>
        <source>News / advocacy</source>
        <translation>News / advocacy</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <source>LDN Tracker cannot open your diary.</source>
        <translation>LDN Tracker cannot open your diary.</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation>Today&apos;s backup: %1</translation>
    </message>
    <message>
        <source>The daily backup was not made: %1</source>
        <translation>The daily backup was not made: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened for review.

%2</source>
        <translation>%1 cannot be opened for review.

%2</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary summary</source>
        <translation>Diary summary</translation>
    </message>
    <message>
        <source>No days are logged yet. Days you log appear here.</source>
        <translation>No days are logged yet. Days you log appear here.</translation>
    </message>
    <message>
        <source>Diary days, newest first</source>
        <translation>Diary days, newest first</translation>
    </message>
</context>
<context>
    <name>DiaryVocabulary</name>
    <message>
        <source>vivid dreams</source>
        <translation>vivid dreams</translation>
    </message>
    <message>
        <source>insomnia</source>
        <translation>insomnia</translation>
    </message>
    <message>
        <source>headache</source>
        <translation>headache</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>nausea</translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation>anxiety</translation>
    </message>
    <message>
        <source>fatigue after dose</source>
        <translation>fatigue after dose</translation>
    </message>
    <message>
        <source>infection</source>
        <translation>infection</translation>
    </message>
    <message>
        <source>crash after exertion</source>
        <translation>crash after exertion</translation>
    </message>
    <message>
        <source>period</source>
        <translation>period</translation>
    </message>
    <message>
        <source>stressful day</source>
        <translation>stressful day</translation>
    </message>
</context>
<context>
    <name>Dose</name>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
</context>
<context>
    <name>DoseQuestions</name>
    <message numerus="yes">
        <source>%1 mg (%n micrograms)</source>
        <translation>
            <numerusform>%1 mg (%n microgram)</numerusform>
            <numerusform>%1 mg (%n micrograms)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 without a unit reads as %1 mg, far above the usual LDN range of 0.1–10 mg; full-dose naltrexone is 50 mg.</source>
        <translation>%1 without a unit reads as %1 mg, far above the usual LDN range of 0.1–10 mg; full-dose naltrexone is 50 mg.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Did you mean %1?</translation>
    </message>
    <message>
        <source>%1 mg is far above the usual LDN range of 0.1–10 mg; full-dose naltrexone is 50 mg.</source>
        <translation>%1 mg is far above the usual LDN range of 0.1–10 mg; full-dose naltrexone is 50 mg.</translation>
    </message>
    <message>
        <source>%1 mg is below the usual LDN range of 0.1–10 mg.</source>
        <translation>%1 mg is below the usual LDN range of 0.1–10 mg.</translation>
    </message>
    <message>
        <source>Did you mean %1 mg?</source>
        <translation>Did you mean %1 mg?</translation>
    </message>
    <message>
        <source>Save %1 mg anyway?</source>
        <translation>Save %1 mg anyway?</translation>
    </message>
    <message>
        <source>Check the dose</source>
        <translation>Check the dose</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Yes, %1</translation>
    </message>
    <message>
        <source>No, %1 mg</source>
        <translation>No, %1 mg</translation>
    </message>
</context>
<context>
    <name>EstimateGap</name>
    <message>
        <source>too few days</source>
        <translation>too few days</translation>
    </message>
    <message>
        <source>no spread</source>
        <translation>no spread</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>no comparison</translation>
    </message>
</context>
<context>
    <name>EvidenceVocabulary</name>
    <message>
        <source>Autoimmune</source>
        <translation>Autoimmune</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Cancer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Suggested as a possible use</source>
        <translation>Suggested as a possible use</translation>
    </message>
    <message>
        <source>Bundled evidence pack</source>
        <translation>Bundled evidence pack</translation>
    </message>
    <message>
        <source>Your own entry</source>
        <translation>Your own entry</translation>
    </message>
    <message>
        <source>Systematic review / meta-analysis</source>
        <translation>Systematic review / meta-analysis</translation>
    </message>
    <message>
        <source>Randomised controlled trial (parallel groups)</source>
        <translation>Randomized controlled trial (parallel groups)</translation>
    </message>
    <message>
        <source>Randomised controlled trial (crossover)</source>
        <translation>Randomized controlled trial (crossover)</translation>
    </message>
    <message>
        <source>Controlled trial, randomisation not reported</source>
        <translation>Controlled trial, randomization not reported</translation>
    </message>
    <message>
        <source>Single-blind / open-label before-after study</source>
        <translation>Single-blind / open-label before-after study</translation>
    </message>
    <message>
        <source>Retrospective chart review / cohort</source>
        <translation>Retrospective chart review / cohort</translation>
    </message>
    <message>
        <source>Case series / case report</source>
        <translation>Case series / case report</translation>
    </message>
    <message>
        <source>Guideline (a position, not a study)</source>
        <translation>Guideline (a position, not a study)</translation>
    </message>
    <message>
        <source>Trial registration / protocol (no results yet)</source>
        <translation>Trial registration / protocol (no results yet)</translation>
    </message>
    <message>
        <source>Mechanism-based reasoning</source>
        <translation>Mechanism-based reasoning</translation>
    </message>
    <message>
        <source>Personal report / anecdote</source>
        <translation>Personal report / anecdote</translation>
    </message>
    <message>
        <source>News / advocacy</source>
        <translation>News / advocacy</translation>
    </message>
    <message>
        <source>Unclassified reference (design not set yet)</source>
        <translation>Unclassified reference (design not set yet)</translation>
    </message>
    <message>
        <source>Checked against the full text</source>
        <translation>Checked against the full text</translation>
    </message>
    <message>
        <source>Checked against the abstract</source>
        <translation>Checked against the abstract</translation>
    </message>
    <message>
        <source>Taken from a secondary source</source>
        <translation>Taken from a secondary source</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Unconfirmed</translation>
    </message>
    <message>
        <source>placebo</source>
        <translation>placebo</translation>
    </message>
    <message>
        <source>active treatment</source>
        <translation>active treatment</translation>
    </message>
    <message>
        <source>baseline only (no control group)</source>
        <translation>baseline only (no control group)</translation>
    </message>
    <message>
        <source>no comparator</source>
        <translation>no comparator</translation>
    </message>
    <message>
        <source>comparator not reported</source>
        <translation>comparator not reported</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>benefit</translation>
    </message>
    <message>
        <source>no difference</source>
        <translation>no difference</translation>
    </message>
    <message>
        <source>harm</source>
        <translation>harm</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>mixed</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>unclear</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Very low</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderate</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>risk of bias</source>
        <translation>risk of bias</translation>
    </message>
    <message>
        <source>inconsistency</source>
        <translation>inconsistency</translation>
    </message>
    <message>
        <source>indirectness</source>
        <translation>indirectness</translation>
    </message>
    <message>
        <source>imprecision</source>
        <translation>imprecision</translation>
    </message>
    <message>
        <source>publication bias</source>
        <translation>publication bias</translation>
    </message>
    <message>
        <source>large effect</source>
        <translation>large effect</translation>
    </message>
    <message>
        <source>dose-response gradient</source>
        <translation>dose-response gradient</translation>
    </message>
    <message>
        <source>confounding working against the effect</source>
        <translation>confounding working against the effect</translation>
    </message>
    <message>
        <source>randomised trials (start High)</source>
        <translation>randomized trials (start High)</translation>
    </message>
    <message>
        <source>observational studies (start Low)</source>
        <translation>observational studies (start Low)</translation>
    </message>
    <message>
        <source>Randomised trials have tested LDN for this condition</source>
        <translation>Randomized trials have tested LDN for this condition</translation>
    </message>
    <message>
        <source>No randomised trial: only non-randomised studies (open-label, chart reviews, case series)</source>
        <translation>No randomized trial: only non-randomized studies (open-label, chart reviews, case series)</translation>
    </message>
    <message>
        <source>No trial evidence: only personal reports and advocacy claims, which are not evidence of benefit</source>
        <translation>No trial evidence: only personal reports and advocacy claims, which are not evidence of benefit</translation>
    </message>
    <message>
        <source>No studies or reports of LDN for this condition in the library</source>
        <translation>No studies or reports of LDN for this condition in the library</translation>
    </message>
</context>
<context>
    <name>Formulation</name>
    <message>
        <source>Capsule</source>
        <translation>Capsule</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Liquid</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Sublingual</source>
        <translation>Sublingual</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>Cream</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>LDN Tracker</source>
        <translation>LDN Tracker</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>&amp;Profile:</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Active profile</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>No profile yet</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Diary</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; medicines</source>
        <translation>Plan &amp;&amp; medicines</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
    <message>
        <source>GP report</source>
        <translation>Doctor&apos;s report</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Appearance</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>P&amp;rofile</source>
        <translation>P&amp;rofile</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;New profile…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add a profile for another person</source>
        <translation>Add a profile for another person</translation>
    </message>
    <message>
        <source>Add a &amp;note about the day…</source>
        <translation>Add a &amp;note about the day…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add a note about the day shown on the Today tab, by a carer or by you</source>
        <translation>Add a note about the day shown on the Today tab, by a caregiver or by you</translation>
    </message>
    <message>
        <source>&amp;Open diary for review…</source>
        <translation>&amp;Open diary for review…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Look through another person&apos;s diary file read-only, and make their GP report</source>
        <translation>Look through another person&apos;s diary file read-only, and make their report for the doctor</translation>
    </message>
    <message>
        <source>&amp;Close review</source>
        <translation>&amp;Close review</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Go back to your own diary</source>
        <translation>Go back to your own diary</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Today</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Diary</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Chart</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Plan and medicines</source>
        <translation>&amp;Plan and medicines</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Evidence</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;GP report</source>
        <translation>&amp;Doctor&apos;s report</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>&amp;Edit profile…</translation>
    </message>
    <message>
        <source>Rename this profile, change its conditions, and add, rename or retire its symptoms</source>
        <translation>Rename this profile, change its conditions, and add, rename or retire its symptoms</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>&amp;Remove profile…</translation>
    </message>
    <message>
        <source>Remove this profile and its diary (a backup is made first, and it can be undone)</source>
        <translation>Remove this profile and its diary (a backup is made first, and it can be undone)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is</source>
        <translation>Light or dark as the desktop is</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Dark text on light backgrounds</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds, easier on the eyes at night</source>
        <translation>Light text on dark backgrounds, easier on the eyes at night</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;User guide</translation>
    </message>
    <message>
        <source>How to use LDN Tracker, for patients and carers</source>
        <translation>How to use LDN Tracker, for patients and caregivers</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About LDN Tracker</source>
        <translation>&amp;About LDN Tracker</translation>
    </message>
</context>
<context>
    <name>MedicationSafety</name>
    <message>
        <source>opioid</source>
        <translation>opioid</translation>
    </message>
    <message>
        <source>Do not take LDN with opioid medicines: naltrexone blocks them, which can bring on withdrawal or stop the pain relief. Talk to your prescriber before starting LDN.</source>
        <translation>Do not take LDN with opioid medicines: naltrexone blocks them, which can bring on withdrawal or stop the pain relief. Talk to your prescriber before starting LDN.</translation>
    </message>
    <message>
        <source>immunosuppressant</source>
        <translation>immunosuppressant</translation>
    </message>
    <message>
        <source>This medicine suppresses the immune system. LDN is thought to act on the immune system too; ask your prescriber before combining them, especially after an organ transplant.</source>
        <translation>This medicine suppresses the immune system. LDN is thought to act on the immune system too; ask your prescriber before combining them, especially after an organ transplant.</translation>
    </message>
    <message>
        <source>thyroid hormone</source>
        <translation>thyroid hormone</translation>
    </message>
    <message>
        <source>With thyroid hormone (for example in Hashimoto&apos;s), start LDN low: the thyroid dose may need reviewing, so ask for your thyroid levels to be checked.</source>
        <translation>With thyroid hormone (for example in Hashimoto&apos;s), start LDN low: the thyroid dose may need reviewing, so ask for your thyroid levels to be checked.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <source>%1, an opioid, was stopped on %2 (%3). The trials of LDN left out anyone who had taken an opioid in the 15 days to 4 weeks before: ask your prescriber before taking LDN.</source>
        <translation>%1, an opioid, was stopped on %2 (%3). The trials of LDN left out anyone who had taken an opioid in the 15 days to 4 weeks before: ask your prescriber before taking LDN.</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>New profile</translation>
    </message>
    <message>
        <source>A profile holds one person&apos;s diary: yours, or that of someone you care for.</source>
        <translation>A profile holds one person&apos;s diary: yours, or that of someone you care for.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Conditions</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>OpenTrialReview</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>can&apos;t tell</source>
        <translation>can&apos;t tell</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Titration plan</source>
        <translation>Titration plan</translation>
    </message>
    <message>
        <source>A plan works out the dose for each day: start low, step up at a steady pace, and stay at the target. You can hold, step down or change the dose later.</source>
        <translation>A plan works out the dose for each day: start low, step up at a steady pace, and stay at the target. You can hold, step down or change the dose later.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Standard — 1.5 mg, then 1.5 mg more every 2 weeks, up to 4.5 mg</source>
        <translation>&amp;Standard — 1.5 mg, then 1.5 mg more every 2 weeks, up to 4.5 mg</translation>
    </message>
    <message>
        <source>Standard plan</source>
        <translation>Standard plan</translation>
    </message>
    <message>
        <source>&amp;Weekly — 1 mg, then 1 mg more every week, up to 4.5 mg</source>
        <translation>&amp;Weekly — 1 mg, then 1 mg more every week, up to 4.5 mg</translation>
    </message>
    <message>
        <source>Weekly plan</source>
        <translation>Weekly plan</translation>
    </message>
    <message>
        <source>S&amp;ensitive — 0.5 mg, then 0.5 mg more every 2 weeks, up to 4.5 mg; often used in ME/CFS and Long Covid</source>
        <translation>S&amp;ensitive — 0.5 mg, then 0.5 mg more every 2 weeks, up to 4.5 mg; often used in ME/CFS and Long Covid</translation>
    </message>
    <message>
        <source>Sensitive plan</source>
        <translation>Sensitive plan</translation>
    </message>
    <message>
        <source>&amp;Custom — your own numbers, for example from your prescriber</source>
        <translation>&amp;Custom — your own numbers, for example from your prescriber</translation>
    </message>
    <message>
        <source>Custom plan</source>
        <translation>Custom plan</translation>
    </message>
    <message>
        <source>Start &amp;date</source>
        <translation>Start &amp;date</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Start date</translation>
    </message>
    <message>
        <source>The first day of the plan</source>
        <translation>The first day of the plan</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, MMM d, yyyy</translation>
    </message>
    <message>
        <source>Start d&amp;ose</source>
        <translation>Start d&amp;ose</translation>
    </message>
    <message>
        <source>Start dose</source>
        <translation>Start dose</translation>
    </message>
    <message>
        <source>The dose for the first days, in mg</source>
        <translation>The dose for the first days, in mg</translation>
    </message>
    <message>
        <source>Ste&amp;p</source>
        <translation>Ste&amp;p</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>How much the dose goes up at each step, in mg</source>
        <translation>How much the dose goes up at each step, in mg</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>E&amp;very</translation>
    </message>
    <message>
        <source>Days between steps</source>
        <translation>Days between steps</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Target</translation>
    </message>
    <message>
        <source>Target dose</source>
        <translation>Target dose</translation>
    </message>
    <message>
        <source>The dose the plan climbs to and then stays at, in mg</source>
        <translation>The dose the plan climbs to and then stays at, in mg</translation>
    </message>
    <message>
        <source>&amp;Maximum</source>
        <translation>&amp;Maximum</translation>
    </message>
    <message>
        <source>Maximum dose</source>
        <translation>Maximum dose</translation>
    </message>
    <message>
        <source>No later change of the plan may set a dose above this, in mg</source>
        <translation>No later change of the plan may set a dose above this, in mg</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Schedule</translation>
    </message>
    <message>
        <source>Schedule preview</source>
        <translation>Schedule preview</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Titration plan</source>
        <translation>Titration plan</translation>
    </message>
    <message>
        <source>Today&apos;s plan</source>
        <translation>Today&apos;s plan</translation>
    </message>
    <message>
        <source>There is no titration plan yet. A plan works out the dose for each day: it starts low and steps up at a steady pace until the target.</source>
        <translation>There is no titration plan yet. A plan works out the dose for each day: it starts low and steps up at a steady pace until the target.</translation>
    </message>
    <message>
        <source>Set up a plan…</source>
        <translation>Set up a plan…</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;New plan…</translation>
    </message>
    <message>
        <source>Start a new plan; the current one stays in the history</source>
        <translation>Start a new plan; the current one stays in the history</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Hold…</translation>
    </message>
    <message>
        <source>Stay on the current dose, with no further steps until you resume</source>
        <translation>Stay on the current dose, with no further steps until you resume</translation>
    </message>
    <message>
        <source>Step &amp;down…</source>
        <translation>Step &amp;down…</translation>
    </message>
    <message>
        <source>Go down to a lower dose (half by default) and hold there</source>
        <translation>Go down to a lower dose (half by default) and hold there</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Resume…</translation>
    </message>
    <message>
        <source>Climb again from the current dose</source>
        <translation>Climb again from the current dose</translation>
    </message>
    <message>
        <source>Set d&amp;ose…</source>
        <translation>Set d&amp;ose…</translation>
    </message>
    <message>
        <source>Move to a dose of your choice and keep climbing from there</source>
        <translation>Move to a dose of your choice and keep climbing from there</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>History, newest first</translation>
    </message>
    <message>
        <source>Plan history, newest first</source>
        <translation>Plan history, newest first</translation>
    </message>
    <message>
        <source>Days that differed from the plan</source>
        <translation>Days that differed from the plan</translation>
    </message>
    <message>
        <source>No deviations: every logged day followed the plan.</source>
        <translation>No deviations: every logged day followed the plan.</translation>
    </message>
    <message>
        <source>Days that differed from the plan, newest first</source>
        <translation>Days that differed from the plan, newest first</translation>
    </message>
    <message>
        <source>Other medicines</source>
        <translation>Other medicines</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Caution</translation>
    </message>
    <message>
        <source>No other medicines are listed. Add the ones you take, so interactions with LDN can be flagged.</source>
        <translation>No other medicines are listed. Add the ones you take, so interactions with LDN can be flagged.</translation>
    </message>
    <message>
        <source>Mark &amp;stopped…</source>
        <translation>Mark &amp;stopped…</translation>
    </message>
    <message>
        <source>Mark the selected medicine as stopped</source>
        <translation>Mark the selected medicine as stopped</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Re&amp;move</translation>
    </message>
    <message>
        <source>Remove the selected medicine</source>
        <translation>Remove the selected medicine</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Undo the removal</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Add a medicine</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Medicine name</translation>
    </message>
    <message>
        <source>e.g. Levothyroxine</source>
        <translation>e.g. Levothyroxine</translation>
    </message>
    <message>
        <source>Dose &amp;text</source>
        <translation>Dose &amp;text</translation>
    </message>
    <message>
        <source>Medicine dose</source>
        <translation>Medicine dose</translation>
    </message>
    <message>
        <source>Optional. The dose as written on the label.</source>
        <translation>Optional. The dose as written on the label.</translation>
    </message>
    <message>
        <source>optional, e.g. 75 micrograms each morning</source>
        <translation>optional, e.g. 75 micrograms each morning</translation>
    </message>
    <message>
        <source>Started &amp;on</source>
        <translation>Started &amp;on</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Start date known</translation>
    </message>
    <message>
        <source>Medicine started on</source>
        <translation>Medicine started on</translation>
    </message>
    <message>
        <source>Optional. Tick Started on to give the date.</source>
        <translation>Optional. Tick Started on to give the date.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>MMM d, yyyy</translation>
    </message>
    <message>
        <source>&amp;Add medicine</source>
        <translation>&amp;Add medicine</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Scored 0–10</source>
        <translation>Scored 0–10</translation>
    </message>
    <message>
        <source>Scored %1–%2</source>
        <translation>Scored %1–%2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Column %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 row</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 rows</translation>
    </message>
</context>
<context>
    <name>ScoreDirectionCue</name>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>higher is worse</source>
        <translation>higher is worse</translation>
    </message>
    <message>
        <source>0 to 10, higher is better: 10 is the best it can be.</source>
        <translation>0 to 10, higher is better: 10 is the best it can be.</translation>
    </message>
    <message>
        <source>0 to 10, higher is worse: 10 is the worst it can be.</source>
        <translation>0 to 10, higher is worse: 10 is the worst it can be.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>mild</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>StoppingRules</name>
    <message>
        <source>Stopping rule met: %1 was severe (3) on two days in a row, from %2. Stop the trial and talk to your doctor.</source>
        <translation>Stopping rule met: %1 was severe (3) on two days in a row, from %2. Stop the trial and talk to your doctor.</translation>
    </message>
    <message>
        <source>Stopping rule met: %1, an opioid, is on your medicines since %2. Naltrexone blocks opioids (withdrawal, or no pain relief): do not take LDN with it, and talk to your doctor.</source>
        <translation>Stopping rule met: %1, an opioid, is on your medicines since %2. Naltrexone blocks opioids (withdrawal, or no pain relief): do not take LDN with it, and talk to your doctor.</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>mixed: %1</source>
        <translation>mixed: %1</translation>
    </message>
</context>
<context>
    <name>TitrationAdjustment</name>
    <message>
        <source>Hold</source>
        <translation>Hold</translation>
    </message>
    <message>
        <source>Step down</source>
        <translation>Step down</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Set dose</source>
        <translation>Set dose</translation>
    </message>
</context>
<context>
    <name>TrialPeriods</name>
    <message>
        <source>period %1 of %2</source>
        <translation>period %1 of %2</translation>
    </message>
    <message>
        <source>before the first period</source>
        <translation>before the first period</translation>
    </message>
    <message>
        <source>after the last period</source>
        <translation>after the last period</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LDN Tracker</source>
        <translation>Welcome to LDN Tracker</translation>
    </message>
    <message>
        <source>LDN Tracker keeps a private diary of low-dose naltrexone doses, symptoms and side effects on this computer. Create a profile for yourself, or for someone you care for, to begin.</source>
        <translation>LDN Tracker keeps a private diary of low-dose naltrexone doses, symptoms and side effects on this computer. Create a profile for yourself, or for someone you care for, to begin.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>The name of the person whose diary this is</source>
        <translation>The name of the person whose diary this is</translation>
    </message>
    <message>
        <source>e.g. your first name</source>
        <translation>e.g. your first name</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Conditions</translation>
    </message>
    <message>
        <source>Optional. Start typing and pick the condition from the list; one the library lacks can be added as your own.</source>
        <translation>Optional. Start typing and pick the condition from the list; one the library lacks can be added as your own.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <source>Explore with a demo diary</source>
        <translation>Explore with a demo diary</translation>
    </message>
    <message>
        <source>Adds a profile called &quot;Demo&quot; with 120 days of made-up entries, so you can look around first.</source>
        <translation>Adds a profile called &quot;Demo&quot; with 120 days of made-up entries, so you can look around first.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: LDN Tracker makes no network connections.</source>
        <translation>Nothing leaves this computer: LDN Tracker makes no network connections.</translation>
    </message>
</context>
<context>
    <name>ldn</name>
    <message>
        <source>Improved by at least %1 points: %2.</source>
        <translation>Improved by at least %1 points: %2.</translation>
    </message>
    <message>
        <source>There are too few scored days in the baseline or in the last 28 days to compare.</source>
        <translation>There are too few scored days in the baseline or in the last 28 days to compare.</translation>
    </message>
    <message>
        <source>Change in %1 since the baseline: %2 points better (95% interval %3 to %4; negative means worse).</source>
        <translation>Change in %1 since the baseline: %2 points better (95% interval %3 to %4; negative means worse).</translation>
    </message>
    <message>
        <source>Even the least hopeful end of the interval reaches the smallest change that matters.</source>
        <translation>Even the least hopeful end of the interval reaches the smallest change that matters.</translation>
    </message>
    <message>
        <source>Even the most hopeful end of the interval falls short of the smallest change that matters.</source>
        <translation>Even the most hopeful end of the interval falls short of the smallest change that matters.</translation>
    </message>
    <message>
        <source>The interval reaches both below and beyond the smallest change that matters, so the diary cannot tell.</source>
        <translation>The interval reaches both below and beyond the smallest change that matters, so the diary cannot tell.</translation>
    </message>
</context>
<context>
    <name>ldn::AddSymptomDialog</name>
    <message>
        <source>&amp;Higher scores are better (like energy or sleep quality)</source>
        <translation>&amp;Higher scores are better (like energy or sleep quality)</translation>
    </message>
    <message>
        <source>Add a symptom</source>
        <translation>Add a symptom</translation>
    </message>
    <message>
        <source>Symptom name</source>
        <translation>Symptom name</translation>
    </message>
    <message>
        <source>e.g. energy, joint stiffness, post-exertional malaise</source>
        <translation>e.g. energy, joint stiffness, post-exertional malaise</translation>
    </message>
    <message>
        <source>Higher scores are better</source>
        <translation>Higher scores are better</translation>
    </message>
    <message>
        <source>Scores run from 0 to 10. Most symptoms get worse as the score rises; say so if this one gets better instead.</source>
        <translation>Scores run from 0 to 10. Most symptoms get worse as the score rises; say so if this one gets better instead.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Add symptom</source>
        <translation>Add symptom</translation>
    </message>
</context>
<context>
    <name>ldn::AdjustmentDialog</name>
    <message>
        <source>Hold the plan</source>
        <translation>Hold the plan</translation>
    </message>
    <message>
        <source>Stay on the current dose. There are no further steps until you resume.</source>
        <translation>Stay on the current dose. There are no further steps until you resume.</translation>
    </message>
    <message>
        <source>optional, e.g. waiting to see how I settle</source>
        <translation>optional, e.g. waiting to see how I settle</translation>
    </message>
    <message>
        <source>Step down</source>
        <translation>Step down</translation>
    </message>
    <message>
        <source>Go down to a lower dose and stay there until you resume, for example after side effects. Half of the planned dose is filled in; you can change it.</source>
        <translation>Go down to a lower dose and stay there until you resume, for example after side effects. Half of the planned dose is filled in; you can change it.</translation>
    </message>
    <message>
        <source>optional, e.g. vivid dreams</source>
        <translation>optional, e.g. vivid dreams</translation>
    </message>
    <message>
        <source>Resume the plan</source>
        <translation>Resume the plan</translation>
    </message>
    <message>
        <source>Climb again from the current dose. The next step comes one interval after this day.</source>
        <translation>Climb again from the current dose. The next step comes one interval after this day.</translation>
    </message>
    <message>
        <source>optional, e.g. side effects settled</source>
        <translation>optional, e.g. side effects settled</translation>
    </message>
    <message>
        <source>Set the dose</source>
        <translation>Set the dose</translation>
    </message>
    <message>
        <source>Move to a dose of your choice and keep climbing from there.</source>
        <translation>Move to a dose of your choice and keep climbing from there.</translation>
    </message>
    <message>
        <source>optional, e.g. prescriber&apos;s advice</source>
        <translation>optional, e.g. prescriber&apos;s advice</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>The change could not be saved: %1</translation>
    </message>
    <message>
        <source>The plan has not started yet</source>
        <translation>The plan has not started yet</translation>
    </message>
    <message>
        <source>%1 (on hold)</source>
        <translation>%1 (on hold)</translation>
    </message>
</context>
<context>
    <name>ldn::AnalysisPanel</name>
    <message>
        <source>few days</source>
        <translation>few days</translation>
    </message>
    <message>
        <source>Rests on only %1 (fewer than %2), so one odd day moves it a lot: treat it with caution.</source>
        <translation>Rests on only %1 (fewer than %2), so one odd day moves it a lot: treat it with caution.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>Days compared before and after each change</source>
        <translation>Days compared before and after each change</translation>
    </message>
    <message>
        <source>Settling days left out after each change</source>
        <translation>Settling days left out after each change</translation>
    </message>
    <message>
        <source>What the diary shows</source>
        <translation>What the diary shows</translation>
    </message>
    <message>
        <source>Days &amp;compared before/after a change</source>
        <translation>Days &amp;compared before/after a change</translation>
    </message>
    <message>
        <source>S&amp;ettling days left out</source>
        <translation>S&amp;ettling days left out</translation>
    </message>
    <message>
        <source>Read with care: this is one person&apos;s self-reported diary, not a trial. There is no placebo, scores drift up and down on their own, and other changes at the same time (season, infections, other medicines, stress) can explain a difference. Intervals allow for runs of good and bad days, so they are usually wider than a day-by-day comparison; an interval that includes 0 means no clear change. Any benefit of LDN may take 8–12 weeks to show.</source>
        <translation>Read with care: this is one person&apos;s self-reported diary, not a trial. There is no placebo, scores drift up and down on their own, and other changes at the same time (season, infections, other medicines, stress) can explain a difference. Intervals allow for runs of good and bad days, so they are usually wider than a day-by-day comparison; an interval that includes 0 means no clear change. Any benefit of LDN may take 8–12 weeks to show.</translation>
    </message>
    <message>
        <source>No diary days to analyse yet.</source>
        <translation>No diary days to analyze yet.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No days are logged in this range.</source>
        <translation>No days are logged in this range.</translation>
    </message>
    <message>
        <source>No %1 scores at this dose.</source>
        <translation>No %1 scores at this dose.</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>median %1</translation>
    </message>
    <message>
        <source>%1: mean %2 over %3 scored, %4.</source>
        <translation>%1: mean %2 over %3 scored, %4.</translation>
    </message>
    <message>
        <source>n %1/%2</source>
        <translation>n %1/%2</translation>
    </message>
    <message>
        <source>Not enough %1 scores before and after this change to compare.</source>
        <translation>Not enough %1 scores before and after this change to compare.</translation>
    </message>
    <message>
        <source>%1 (no interval)</source>
        <translation>%1 (no interval)</translation>
    </message>
    <message>
        <source>After − before: %1 points.</source>
        <translation>After − before: %1 points.</translation>
    </message>
    <message>
        <source>After − before: %1 points (95% interval %2 to %3), %4.</source>
        <translation>After − before: %1 points (95% interval %2 to %3), %4.</translation>
    </message>
    <message>
        <source>The interval includes 0: no clear change.</source>
        <translation>The interval includes 0: no clear change.</translation>
    </message>
    <message>
        <source>The interval excludes 0, but a diary cannot tell the dose from everything else that changed.</source>
        <translation>The interval excludes 0, but a diary cannot tell the dose from everything else that changed.</translation>
    </message>
    <message>
        <source>No doses are logged in this range.</source>
        <translation>No doses are logged in this range.</translation>
    </message>
    <message>
        <source>Scores at each dose: mean ± sd (days scored) · median.</source>
        <translation>Scores at each dose: mean ± sd (days scored) · median.</translation>
    </message>
    <message>
        <source>Scores at each dose: mean ± sd (days scored) · median. The first %1 after each change (the change day included) are left out while the body settles.</source>
        <translation>Scores at each dose: mean ± sd (days scored) · median. The first %1 after each change (the change day included) are left out while the body settles.</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Baseline, 0 mg</source>
        <translation>Baseline, 0 mg</translation>
    </message>
    <message>
        <source>%1 taken at this dose, settling days included.</source>
        <translation>%1 taken at this dose, settling days included.</translation>
    </message>
    <message>
        <source>The dose did not change in this range, so there is no before and after.</source>
        <translation>The dose did not change in this range, so there is no before and after.</translation>
    </message>
    <message>
        <source>after: %1 from the day of the change.</source>
        <translation>after: %1 from the day of the change.</translation>
    </message>
    <message>
        <source>after: %1 from the end of the settling days.</source>
        <translation>after: %1 from the end of the settling days.</translation>
    </message>
    <message>
        <source>What changed at each change of dose: after − before (95% interval) and the verdict · days scored before/after. Before: the %1 up to the change; %2 ⚠ marks scores that were already moving before the change.</source>
        <translation>What changed at each change of dose: after − before (95% interval) and the verdict · days scored before/after. Before: the %1 up to the change; %2 ⚠ marks scores that were already moving before the change.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>%1 → %2 mg</source>
        <translation>%1 → %2 mg</translation>
    </message>
    <message>
        <source>Symptom scores at each dose</source>
        <translation>Symptom scores at each dose</translation>
    </message>
    <message>
        <source>Symptom scores before and after each dose change</source>
        <translation>Symptom scores before and after each dose change</translation>
    </message>
    <message>
        <source>1 day in range</source>
        <translation>1 day in range</translation>
    </message>
    <message numerus="yes">
        <source>%n days in range</source>
        <translation>
            <numerusform>%n day in range</numerusform>
            <numerusform>%n days in range</numerusform>
        </translation>
    </message>
    <message>
        <source>1 dose taken</source>
        <translation>1 dose taken</translation>
    </message>
    <message numerus="yes">
        <source>%n doses taken</source>
        <translation>
            <numerusform>%n dose taken</numerusform>
            <numerusform>%n doses taken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 logged, %3, %4 missed, %5 at 0 mg.</source>
        <translation>%1: %2 logged, %3, %4 missed, %5 at 0 mg.</translation>
    </message>
    <message>
        <source>1 day scored before, %1 after.</source>
        <translation>1 day scored before, %1 after.</translation>
    </message>
    <message numerus="yes">
        <source>%n days scored before, %1 after.</source>
        <translation>
            <numerusform>%n day scored before, %1 after.</numerusform>
            <numerusform>%n days scored before, %1 after.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ldn::AnnotationDialog</name>
    <message>
        <source>Who is writing?</source>
        <translation>Who is writing?</translation>
    </message>
    <message>
        <source>&amp;Me (the patient)</source>
        <translation>&amp;Me (the patient)</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>A &amp;caregiver</translation>
    </message>
    <message>
        <source>Add a note for %1</source>
        <translation>Add a note for %1</translation>
    </message>
    <message>
        <source>A note about %1, kept apart from the day&apos;s own note and always shown with who wrote it, on the Today tab, the chart and, when chosen, the GP report.</source>
        <translation>A note about %1, kept apart from the day&apos;s own note and always shown with who wrote it, on the Today tab, the chart and, when chosen, the doctor&apos;s report.</translation>
    </message>
    <message>
        <source>Written by me, the patient</source>
        <translation>Written by me, the patient</translation>
    </message>
    <message>
        <source>Written by a carer</source>
        <translation>Written by a caregiver</translation>
    </message>
    <message>
        <source>Carer&apos;s name</source>
        <translation>Caregiver&apos;s name</translation>
    </message>
    <message>
        <source>Carer&apos;s name, e.g. Sam (remembered for next time)</source>
        <translation>Caregiver&apos;s name, e.g. Sam (remembered for next time)</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Text of the note</translation>
    </message>
    <message>
        <source>What you noticed, e.g. &quot;Very tired after the school run, slept at 4 pm&quot;</source>
        <translation>What you noticed, e.g. &quot;Very tired after the school run, slept at 4 pm&quot;</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Save note</translation>
    </message>
    <message>
        <source>Edit the note for %1</source>
        <translation>Edit the note for %1</translation>
    </message>
    <message>
        <source>the whole diary</source>
        <translation>the whole diary</translation>
    </message>
    <message>
        <source>Only the text can change; the note keeps who wrote it and when.</source>
        <translation>Only the text can change; the note keeps who wrote it and when.</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Written by</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>Type the note first.</translation>
    </message>
    <message>
        <source>Say who is writing the note: you, or a carer.</source>
        <translation>Say who is writing the note: you, or a caregiver.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>The note could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ldn::ChartDayDescription</name>
    <message>
        <source>%1 not scored</source>
        <translation>%1 not scored</translation>
    </message>
    <message>
        <source>(7-day mean %1)</source>
        <translation>(7-day mean %1)</translation>
    </message>
    <message>
        <source>dose %1 mg</source>
        <translation>dose %1 mg</translation>
    </message>
    <message>
        <source>missed dose</source>
        <translation>missed dose</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>not logged</translation>
    </message>
    <message>
        <source>dose changed %1→%2 mg</source>
        <translation>dose changed %1→%2 mg</translation>
    </message>
    <message>
        <source>side effects</source>
        <translation>side effects</translation>
    </message>
    <message>
        <source>events</source>
        <translation>events</translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>Note by %1: %2</translation>
    </message>
</context>
<context>
    <name>ldn::ChartPage</name>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Export SVG…</translation>
    </message>
    <message>
        <source>Show &amp;notes</source>
        <translation>Show &amp;notes</translation>
    </message>
    <message>
        <source>Show notes by carers and others on the chart</source>
        <translation>Show notes by caregivers and others on the chart</translation>
    </message>
    <message>
        <source>Speech bubbles above the scores: a carer&apos;s notes filled, your own hollow. Point at one to read it.</source>
        <translation>Speech bubbles above the scores: a caregiver&apos;s notes filled, your own hollow. Point at one to read it.</translation>
    </message>
    <message>
        <source>Symptoms shown on the chart</source>
        <translation>Symptoms shown on the chart</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Dates shown</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>First day shown</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Last day shown</translation>
    </message>
    <message>
        <source>&amp;Symptoms</source>
        <translation>&amp;Symptoms</translation>
    </message>
    <message>
        <source>Points are daily scores (shown for ranges up to about a year), lines 7-day means, the thick step line the dose. Scroll or press + and − to zoom, drag or use the arrow keys to move, Home to go back.</source>
        <translation>Points are daily scores (shown for ranges up to about a year), lines 7-day means, the thick step line the dose. Scroll or press + and − to zoom, drag or use the arrow keys to move, Home to go back.</translation>
    </message>
    <message>
        <source>No days are logged yet. The chart of symptoms and dose appears here once you log days.</source>
        <translation>No days are logged yet. The chart of symptoms and dose appears here once you log days.</translation>
    </message>
    <message>
        <source>No days are logged for %1 yet. The chart of symptoms and dose appears here once you log days.</source>
        <translation>No days are logged for %1 yet. The chart of symptoms and dose appears here once you log days.</translation>
    </message>
    <message>
        <source>%1: higher is better</source>
        <translation>%1: higher is better</translation>
    </message>
    <message>
        <source>%1: lower is better</source>
        <translation>%1: lower is better</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Export chart as PNG</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Export chart as SVG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>%1 · symptom scores and LDN dose · %2 – %3</source>
        <translation>%1 · symptom scores and LDN dose · %2 – %3</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1. Check that the folder exists and that you may write to it.</source>
        <translation>The chart could not be saved to %1. Check that the folder exists and that you may write to it.</translation>
    </message>
    <message>
        <source>What the diary shows</source>
        <translation>What the diary shows</translation>
    </message>
</context>
<context>
    <name>ldn::ConditionEvidenceView</name>
    <message>
        <source>Randomised trials have tested LDN for this condition. Every result is counted below: trials that found no difference beside those that found a benefit.</source>
        <translation>Randomized trials have tested LDN for this condition. Every result is counted below: trials that found no difference beside those that found a benefit.</translation>
    </message>
    <message>
        <source>No randomised trial yet: only non-randomised studies (open-label, chart reviews, case series), which cannot tell LDN&apos;s effect from placebo, time or chance.</source>
        <translation>No randomized trial yet: only non-randomized studies (open-label, chart reviews, case series), which cannot tell LDN&apos;s effect from placebo, time or chance.</translation>
    </message>
    <message>
        <source>No trial evidence. The library holds no study of LDN for this condition, only personal reports and advocacy, which are not evidence of benefit.</source>
        <translation>No trial evidence. The library holds no study of LDN for this condition, only personal reports and advocacy, which are not evidence of benefit.</translation>
    </message>
    <message>
        <source>No studies. The library holds no study or report of LDN for this condition.</source>
        <translation>No studies. The library holds no study or report of LDN for this condition.</translation>
    </message>
    <message>
        <source> Trials are planned or under way (listed below).</source>
        <translation> Trials are planned or under way (listed below).</translation>
    </message>
    <message>
        <source>Findings and their sources</source>
        <translation>Findings and their sources</translation>
    </message>
    <message>
        <source>Personal reports and advocacy — not graded, not counted in the summary</source>
        <translation>Personal reports and advocacy — not graded, not counted in the summary</translation>
    </message>
    <message>
        <source>Personal reports and advocacy, not graded, not counted</source>
        <translation>Personal reports and advocacy, not graded, not counted</translation>
    </message>
    <message>
        <source>Also called %1</source>
        <translation>Also called %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Category: %1</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Your entry</translation>
    </message>
    <message>
        <source>No finding cites this source yet.</source>
        <translation>No finding cites this source yet.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidence</translation>
    </message>
</context>
<context>
    <name>ldn::ConditionPicker</name>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Type a condition and press Enter to add it; suggestions from the library appear as you type.</source>
        <translation>Type a condition and press Enter to add it; suggestions from the library appear as you type.</translation>
    </message>
    <message>
        <source>e.g. ME/CFS, fibromyalgia</source>
        <translation>e.g. ME/CFS, fibromyalgia</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Add condition</translation>
    </message>
    <message>
        <source>Add the condition typed in the field (Enter)</source>
        <translation>Add the condition typed in the field (Enter)</translation>
    </message>
    <message>
        <source>Conditions in the library</source>
        <translation>Conditions in the library</translation>
    </message>
    <message>
        <source>Chosen conditions</source>
        <translation>Chosen conditions</translation>
    </message>
    <message>
        <source>Press Delete to remove the selected condition.</source>
        <translation>Press Delete to remove the selected condition.</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Remove condition</translation>
    </message>
    <message>
        <source>%1 (your own)</source>
        <translation>%1 (your own)</translation>
    </message>
    <message>
        <source>%1 (also called %2)</source>
        <translation>%1 (also called %2)</translation>
    </message>
    <message>
        <source>Your own condition: the evidence library has nothing filed under this name.</source>
        <translation>Your own condition: the evidence library has nothing filed under this name.</translation>
    </message>
    <message>
        <source>From the evidence library: the Evidence tab and the GP report show its studies.</source>
        <translation>From the evidence library: the Evidence tab and the doctor&apos;s report show its studies.</translation>
    </message>
    <message>
        <source>“%1” is not a condition in the library.</source>
        <translation>“%1” is not a condition in the library.</translation>
    </message>
    <message>
        <source>“%1” is not a condition in the library. Did you mean:</source>
        <translation>“%1” is not a condition in the library. Did you mean:</translation>
    </message>
    <message>
        <source>Add %1 from the library</source>
        <translation>Add %1 from the library</translation>
    </message>
    <message>
        <source>Add “%1” as your own</source>
        <translation>Add “%1” as your own</translation>
    </message>
</context>
<context>
    <name>ldn::CsvImportDialog</name>
    <message>
        <source>Import a diary from CSV</source>
        <translation>Import a diary from CSV</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>semicolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabs</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>commas</translation>
    </message>
    <message>
        <source>%1: %2 after the header, cells separated by %3. Say what each column holds; nothing is written until you press Import.</source>
        <translation>%1: %2 after the header, cells separated by %3. Say what each column holds; nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>%1: %2 Say what each column holds; nothing is written until you press Import.</source>
        <translation>%1: %2 Say what each column holds; nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 cannot be imported.</translation>
    </message>
    <message>
        <source>Col&amp;umns of the file</source>
        <translation>Col&amp;umns of the file</translation>
    </message>
    <message>
        <source>Pre&amp;view (first %1 rows)</source>
        <translation>Pre&amp;view (first %1 rows)</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Date format</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Date &amp;format</source>
        <translation>Date &amp;format</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Problems</translation>
    </message>
    <message>
        <source>Problems by line</source>
        <translation>Problems by line</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cannot import the file: %1</source>
        <translation>Cannot import the file: %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>What column “%1” holds</source>
        <translation>What column “%1” holds</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
    <message>
        <source>Symptom: %1</source>
        <translation>Symptom: %1</translation>
    </message>
    <message>
        <source>New symptom “%1”</source>
        <translation>New symptom “%1”</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Higher is better</translation>
    </message>
    <message>
        <source>Higher scores of “%1” are better</source>
        <translation>Higher scores of “%1” are better</translation>
    </message>
    <message>
        <source>Tick for a symptom like energy or sleep quality, where a higher score is better</source>
        <translation>Tick for a symptom like energy or sleep quality, where a higher score is better</translation>
    </message>
    <message>
        <source>The scale “%1” is scored on</source>
        <translation>The scale “%1” is scored on</translation>
    </message>
    <message>
        <source>Scored 0–10 or 1–5?</source>
        <translation>Scored 0–10 or 1–5?</translation>
    </message>
    <message>
        <source>Convert to 0–10</source>
        <translation>Convert to 0–10</translation>
    </message>
    <message>
        <source>Scores %1 to %2 become 0 to 10: %1 becomes 0, %2 becomes 10, rounded to whole numbers. Nothing is imported until you tick this.</source>
        <translation>Scores %1 to %2 become 0 to 10: %1 becomes 0, %2 becomes 10, rounded to whole numbers. Nothing is imported until you tick this.</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatic: %1</translation>
    </message>
    <message>
        <source>Automatic: cannot tell, please choose</source>
        <translation>Automatic: cannot tell, please choose</translation>
    </message>
    <message>
        <source>Which date format does this file use? %1 Nothing can be imported until you choose.</source>
        <translation>Which date format does this file use? %1 Nothing can be imported until you choose.</translation>
    </message>
    <message>
        <source>&amp;Day first: %1 is %2</source>
        <translation>&amp;Day first: %1 is %2</translation>
    </message>
    <message>
        <source>&amp;Day first (dd/mm/yyyy)</source>
        <translation>&amp;Day first (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>&amp;Month first: %1 is %2</source>
        <translation>&amp;Month first: %1 is %2</translation>
    </message>
    <message>
        <source>&amp;Month first (mm/dd/yyyy)</source>
        <translation>&amp;Month first (mm/dd/yyyy)</translation>
    </message>
    <message>
        <source>%1 Choose the date format, or the column that holds the date.</source>
        <translation>%1 Choose the date format, or the column that holds the date.</translation>
    </message>
    <message>
        <source>Before importing: %1</source>
        <translation>Before importing: %1</translation>
    </message>
    <message>
        <source>%1 is already in the diary; that day is kept unless you replace it.</source>
        <translation>%1 is already in the diary; that day is kept unless you replace it.</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(ignored)</translation>
    </message>
    <message>
        <source>new symptom %1</source>
        <translation>new symptom %1</translation>
    </message>
    <message>
        <source>&amp;Skip the %1 with problems listed above; nothing from them is imported</source>
        <translation>&amp;Skip the %1 with problems listed above; nothing from them is imported</translation>
    </message>
    <message>
        <source>&amp;Replace the day already in the diary with the file&apos;s row (otherwise it is skipped)</source>
        <translation>&amp;Replace the day already in the diary with the file&apos;s row (otherwise it is skipped)</translation>
    </message>
    <message>
        <source>&amp;Replace the %1 days already in the diary with the file&apos;s rows (otherwise they are skipped)</source>
        <translation>&amp;Replace the %1 days already in the diary with the file&apos;s rows (otherwise they are skipped)</translation>
    </message>
    <message>
        <source>The dose outside 0.1–10 mg listed above is c&amp;orrect</source>
        <translation>The dose outside 0.1–10 mg listed above is c&amp;orrect</translation>
    </message>
    <message>
        <source>The %1 doses outside 0.1–10 mg listed above are c&amp;orrect</source>
        <translation>The %1 doses outside 0.1–10 mg listed above are c&amp;orrect</translation>
    </message>
    <message>
        <source>%1 will be imported.</source>
        <translation>%1 will be imported.</translation>
    </message>
    <message>
        <source>%1 with problems will be skipped.</source>
        <translation>%1 with problems will be skipped.</translation>
    </message>
    <message>
        <source>%1 already in the diary will be skipped.</source>
        <translation>%1 already in the diary will be skipped.</translation>
    </message>
    <message>
        <source>%1 without anything to import (days not logged) will be left out.</source>
        <translation>%1 without anything to import (days not logged) will be left out.</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>&amp;Import %1</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Columns of the file</translation>
    </message>
</context>
<context>
    <name>ldn::DataExchangeMenu</name>
    <message>
        <source>&amp;Export this person&apos;s diary as a backup…</source>
        <translation>&amp;Export this person&apos;s diary as a backup…</translation>
    </message>
    <message>
        <source>Export the &amp;whole diary as a backup…</source>
        <translation>Export the &amp;whole diary as a backup…</translation>
    </message>
    <message>
        <source>Export as a &amp;spreadsheet (CSV)…</source>
        <translation>Export as a &amp;spreadsheet (CSV)…</translation>
    </message>
    <message>
        <source>Export for &amp;health records (FHIR)…</source>
        <translation>Export for &amp;health records (FHIR)…</translation>
    </message>
    <message>
        <source>&amp;Import a backup…</source>
        <translation>&amp;Import a backup…</translation>
    </message>
    <message>
        <source>Import a s&amp;preadsheet diary (CSV)…</source>
        <translation>Import a s&amp;preadsheet diary (CSV)…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Back up now</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Restore from a backup…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>Copy the whole diary into the backups folder beside it</source>
        <translation>Copy the whole diary into the backups folder beside it</translation>
    </message>
    <message>
        <source>LDN diary</source>
        <translation>LDN diary</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>Spreadsheets (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Exported to %1 (readable only by you).</source>
        <translation>Exported to %1 (readable only by you).</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>The export to %1 was not written.</source>
        <translation>The export to %1 was not written.</translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Import a backup</translation>
    </message>
    <message>
        <source>LDN Tracker backups (*.json);;All files (*)</source>
        <translation>LDN Tracker backups (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>%1

Import it under this name instead:</source>
        <translation>%1

Import it under this name instead:</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Nothing was imported from %1.

%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Nothing was imported from %1.</translation>
    </message>
    <message>
        <source>Import a spreadsheet diary</source>
        <translation>Import a spreadsheet diary</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.tsv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 cannot be imported.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Backed up to %1.</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>The backup was not made.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Another backup file…</source>
        <translation>Another backup file…</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Restore from a backup</translation>
    </message>
    <message>
        <source>Replace the whole diary with the backup made:</source>
        <translation>Replace the whole diary with the backup made:</translation>
    </message>
    <message>
        <source>LDN Tracker diaries (*.sqlite *.db);;All files (*)</source>
        <translation>LDN Tracker diaries (*.sqlite *.db);;All files (*)</translation>
    </message>
    <message>
        <source>Replace everything in your diary with %1?

Your diary as it is now is saved as a backup first, so you can go back to it with another restore.</source>
        <translation>Replace everything in your diary with %1?

Your diary as it is now is saved as a backup first, so you can go back to it with another restore.</translation>
    </message>
    <message>
        <source>Restored. The diary as it was before is saved as %1.</source>
        <translation>Restored. The diary as it was before is saved as %1.</translation>
    </message>
    <message>
        <source>The diary was not restored from %1; it is unchanged.</source>
        <translation>The diary was not restored from %1; it is unchanged.</translation>
    </message>
    <message>
        <source>LDN Tracker</source>
        <translation>LDN Tracker</translation>
    </message>
    <message>
        <source>Imported %1 with 1 day.</source>
        <translation>Imported %1 with 1 day.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 with %n days.</source>
        <translation>
            <numerusform>Imported %1 with %n day.</numerusform>
            <numerusform>Imported %1 with %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 day from the spreadsheet.</source>
        <translation>Imported 1 day from the spreadsheet.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n days from the spreadsheet.</source>
        <translation>
            <numerusform>Imported %n day from the spreadsheet.</numerusform>
            <numerusform>Imported %n days from the spreadsheet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ldn::DateRangeControls</name>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Dates</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;From</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;To</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Last 4 weeks</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Last 3 months</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Last 6 months</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
</context>
<context>
    <name>ldn::DateText</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>MMM d, yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>MMMM d, yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, MMM d, yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, MMM d</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>MMM d</translation>
    </message>
    <message>
        <source>MMM</source>
        <translation>MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ldn::DayLogPage</name>
    <message>
        <source>missed dose</source>
        <translation>missed dose</translation>
    </message>
    <message>
        <source>no LDN (0 mg)</source>
        <translation>no LDN (0 mg)</translation>
    </message>
    <message>
        <source>Medicine warning</source>
        <translation>Medicine warning</translation>
    </message>
    <message>
        <source>Read-only: this diary is open for review, so nothing can be changed.</source>
        <translation>Read-only: this diary is open for review, so nothing can be changed.</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>The profile could not be read: %1</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;; it can be scored from today.</source>
        <translation>Added &quot;%1&quot;; it can be scored from today.</translation>
    </message>
    <message>
        <source>Reviewing the diary of</source>
        <translation>Reviewing the diary of</translation>
    </message>
    <message>
        <source>Logging the day for</source>
        <translation>Logging the day for</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Warning: %1 on your medicine list is an opioid. Do not take LDN with opioid medicines; talk to your prescriber.</source>
        <translation>Warning: %1 on your medicine list is an opioid. Do not take LDN with opioid medicines; talk to your prescriber.</translation>
    </message>
    <message>
        <source>No profile is selected</source>
        <translation>No profile is selected</translation>
    </message>
    <message>
        <source>This profile has no symptoms to score yet.</source>
        <translation>This profile has no symptoms to score yet.</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>%1 score</translation>
    </message>
    <message>
        <source>A dash means not scored.</source>
        <translation>A dash means not scored.</translation>
    </message>
    <message>
        <source>The diary could not be read: %1</source>
        <translation>The diary could not be read: %1</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Logged</translation>
    </message>
    <message>
        <source>Logged — saving replaces this day</source>
        <translation>Logged — saving replaces this day</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Not logged</translation>
    </message>
    <message>
        <source>Not logged yet</source>
        <translation>Not logged yet</translation>
    </message>
    <message>
        <source>No titration plan</source>
        <translation>No titration plan</translation>
    </message>
    <message>
        <source>Plan starts on %1 with %2 mg</source>
        <translation>Plan starts on %1 with %2 mg</translation>
    </message>
    <message>
        <source>Plan: %1 mg today</source>
        <translation>Plan: %1 mg today</translation>
    </message>
    <message>
        <source>Plan: %1 mg that day</source>
        <translation>Plan: %1 mg that day</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>on hold</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>target reached</translation>
    </message>
    <message>
        <source>next step %1 mg on %2</source>
        <translation>next step %1 mg on %2</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 is in the future</translation>
    </message>
    <message>
        <source>other side effect</source>
        <translation>other side effect</translation>
    </message>
    <message>
        <source>Nothing was saved. Check the dose, then save again.</source>
        <translation>Nothing was saved. Check the dose, then save again.</translation>
    </message>
    <message>
        <source>The day could not be saved: %1</source>
        <translation>The day could not be saved: %1</translation>
    </message>
    <message>
        <source>Saved %1: %2, %3</source>
        <translation>Saved %1: %2, %3</translation>
    </message>
    <message>
        <source>1 score</source>
        <translation>1 score</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 scores</translation>
    </message>
    <message>
        <source>No earlier day is logged, so there is nothing to copy.</source>
        <translation>No earlier day is logged, so there is nothing to copy.</translation>
    </message>
    <message>
        <source>Copied from %1. Check it, then save.</source>
        <translation>Copied from %1. Check it, then save.</translation>
    </message>
    <message>
        <source>No note for this day.</source>
        <translation>No note for this day.</translation>
    </message>
    <message>
        <source>Anything else about the day (optional)</source>
        <translation>Anything else about the day (optional)</translation>
    </message>
</context>
<context>
    <name>ldn::DayNotesPanel</name>
    <message>
        <source>Notes by carers and others</source>
        <translation>Notes by caregivers and others</translation>
    </message>
    <message>
        <source>No other notes about this day.</source>
        <translation>No other notes about this day.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Add a note… (Ctrl+Shift+N)</source>
        <translation>Add a note… (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>Undo deleting the note</translation>
    </message>
    <message>
        <source>Add a note about this day, by a carer or by you, kept apart from the day&apos;s own note</source>
        <translation>Add a note about this day, by a caregiver or by you, kept apart from the day&apos;s own note</translation>
    </message>
    <message>
        <source>Add a note about this day</source>
        <translation>Add a note about this day</translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>The notes could not be read: %1</translation>
    </message>
    <message>
        <source>Written by a carer</source>
        <translation>Written by a caregiver</translation>
    </message>
    <message>
        <source>Written by the patient</source>
        <translation>Written by the patient</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>written %1</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Note by %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Edit the note by %1</source>
        <translation>Edit the note by %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete the note by %1</source>
        <translation>Delete the note by %1</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profile</translation>
    </message>
    <message>
        <source>no profile is open</source>
        <translation>no profile is open</translation>
    </message>
    <message>
        <source>Added a note by %1.</source>
        <translation>Added a note by %1.</translation>
    </message>
    <message>
        <source>Changed the note.</source>
        <translation>Changed the note.</translation>
    </message>
    <message>
        <source>The note could not be deleted: %1</source>
        <translation>The note could not be deleted: %1</translation>
    </message>
    <message>
        <source>Deleted the note by %1 about %2.</source>
        <translation>Deleted the note by %1 about %2.</translation>
    </message>
    <message>
        <source>The note could not be put back: %1</source>
        <translation>The note could not be put back: %1</translation>
    </message>
</context>
<context>
    <name>ldn::DiaryPage</name>
    <message>
        <source>Double-click a day, or press Enter, to edit it.</source>
        <translation>Double-click a day, or press Enter, to edit it.</translation>
    </message>
    <message>
        <source>No days are logged for %1 yet. Days you log appear here.</source>
        <translation>No days are logged for %1 yet. Days you log appear here.</translation>
    </message>
    <message>
        <source>No days are logged yet. Days you log appear here.</source>
        <translation>No days are logged yet. Days you log appear here.</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>%1 logged</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 missed</translation>
    </message>
    <message>
        <source>current dose %1 mg</source>
        <translation>current dose %1 mg</translation>
    </message>
</context>
<context>
    <name>ldn::DiaryTableModel</name>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Not logged</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (and %2 more)</translation>
    </message>
    <message>
        <source>%1 · 1 note by %2</source>
        <translation>%1 · 1 note by %2</translation>
    </message>
    <message>
        <source>%1 · %2 notes</source>
        <translation>%1 · %2 notes</translation>
    </message>
    <message>
        <source>Nothing was logged for this day.</source>
        <translation>Nothing was logged for this day.</translation>
    </message>
    <message>
        <source>Missed: the dose was meant to be taken and was not.</source>
        <translation>Missed: the dose was meant to be taken and was not.</translation>
    </message>
    <message>
        <source>0 mg, taken on purpose (a baseline day or a planned pause).</source>
        <translation>0 mg, taken on purpose (a baseline day or a planned pause).</translation>
    </message>
    <message>
        <source>Severity from 0 (none) to 3 (severe)</source>
        <translation>Severity from 0 (none) to 3 (severe)</translation>
    </message>
    <message>
        <source>↑ better</source>
        <translation>↑ better</translation>
    </message>
    <message>
        <source>↓ better</source>
        <translation>↓ better</translation>
    </message>
    <message>
        <source>%1, 0 to 10: higher is better</source>
        <translation>%1, 0 to 10: higher is better</translation>
    </message>
    <message>
        <source>%1, 0 to 10: lower is better</source>
        <translation>%1, 0 to 10: lower is better</translation>
    </message>
    <message>
        <source>Side effect and its severity, 0 (none) to 3 (severe)</source>
        <translation>Side effect and its severity, 0 (none) to 3 (severe)</translation>
    </message>
    <message>
        <source>Notes about the day besides its own note, most often a carer&apos;s, with who wrote them</source>
        <translation>Notes about the day besides its own note, most often a caregiver&apos;s, with who wrote them</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Side effects</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Notes by carers and others</source>
        <translation>Notes by caregivers and others</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>ldn::DoseChangeLabels</name>
    <message>
        <source>%1 changes</source>
        <translation>%1 changes</translation>
    </message>
</context>
<context>
    <name>ldn::DoseChoice</name>
    <message>
        <source>dose</source>
        <translation>dose</translation>
    </message>
    <message>
        <source>Dose in micrograms</source>
        <translation>Dose in micrograms</translation>
    </message>
    <message>
        <source>Dose in milligrams</source>
        <translation>Dose in milligrams</translation>
    </message>
    <message>
        <source>type the dose you took, or choose &quot;No LDN today&quot; or &quot;Missed dose&quot;</source>
        <translation>type the dose you took, or choose &quot;No LDN today&quot; or &quot;Missed dose&quot;</translation>
    </message>
    <message>
        <source>%1 is not a possible dose</source>
        <translation>%1 is not a possible dose</translation>
    </message>
</context>
<context>
    <name>ldn::DoseSpinBox</name>
    <message>
        <source>dose</source>
        <translation>dose</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dose yet: write it like 4.5, 0.5mg or 500mcg</source>
        <translation>&quot;%1&quot; is not a dose yet: write it like 4.5, 0.5mg or 500mcg</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dose yet: write it like 500, 500mcg or 1.5mg</source>
        <translation>&quot;%1&quot; is not a dose yet: write it like 500, 500mcg or 1.5mg</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>mcg</source>
        <translation>mcg</translation>
    </message>
</context>
<context>
    <name>ldn::DoseText</name>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
</context>
<context>
    <name>ldn::EditProfileDialog</name>
    <message>
        <source>&amp;Add symptom…</source>
        <translation>&amp;Add symptom…</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>Re&amp;name</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>Re&amp;tire</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptoms</translation>
    </message>
    <message>
        <source>F2 renames the selected symptom.</source>
        <translation>F2 renames the selected symptom.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>A higher score is</source>
        <translation>A higher score is</translation>
    </message>
    <message>
        <source>In the day form</source>
        <translation>In the day form</translation>
    </message>
    <message>
        <source>Rename the selected symptom; its scores keep their days (F2)</source>
        <translation>Rename the selected symptom; its scores keep their days (F2)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Conditions</translation>
    </message>
    <message>
        <source>Symptoms scored each day</source>
        <translation>Symptoms scored each day</translation>
    </message>
    <message>
        <source>Retiring a symptom takes it off the day form. Its scores stay with their days, on the chart and in the report; bring it back at any time.</source>
        <translation>Retiring a symptom takes it off the day form. Its scores stay with their days, on the chart and in the report; bring it back at any time.</translation>
    </message>
    <message>
        <source>Edit %1&apos;s profile</source>
        <translation>Edit %1&apos;s profile</translation>
    </message>
    <message>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>retired, history kept</source>
        <translation>retired, history kept</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>scored</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>to be retired</source>
        <translation>to be retired</translation>
    </message>
    <message>
        <source>to be brought back</source>
        <translation>to be brought back</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>renamed from %1</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>Bring &amp;back</translation>
    </message>
    <message>
        <source>Score this symptom again from now on; its old scores come back with it</source>
        <translation>Score this symptom again from now on; its old scores come back with it</translation>
    </message>
    <message>
        <source>Stop scoring this symptom; its scores stay with their days</source>
        <translation>Stop scoring this symptom; its scores stay with their days</translation>
    </message>
    <message>
        <source>Choose what “%1” means under Conditions, or clear the field.</source>
        <translation>Choose what “%1” means under Conditions, or clear the field.</translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation>The changes could not be saved: %1</translation>
    </message>
    <message>
        <source>milligrams (mg)</source>
        <translation>milligrams (mg)</translation>
    </message>
    <message>
        <source>micrograms (µg), for a very slow titration</source>
        <translation>micrograms (µg), for a very slow titration</translation>
    </message>
    <message>
        <source>How a dose typed without a unit is read, and how doses are shown</source>
        <translation>How a dose typed without a unit is read, and how doses are shown</translation>
    </message>
    <message>
        <source>A stripe in this colour beside the name tells whose diary is open</source>
        <translation>A stripe in this color beside the name tells whose diary is open</translation>
    </message>
    <message>
        <source>&amp;Doses in</source>
        <translation>&amp;Doses in</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>C&amp;olor</translation>
    </message>
</context>
<context>
    <name>ldn::EventChecklist</name>
    <message>
        <source>Event: %1</source>
        <translation>Event: %1</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Other event</translation>
    </message>
    <message>
        <source>Separate several events with commas.</source>
        <translation>Separate several events with commas.</translation>
    </message>
    <message>
        <source>e.g. dentist, travel</source>
        <translation>e.g. dentist, travel</translation>
    </message>
</context>
<context>
    <name>ldn::EvidenceBrowser</name>
    <message>
        <source>trials</source>
        <translation>trials</translation>
    </message>
    <message>
        <source>studies, no RCT</source>
        <translation>studies, no RCT</translation>
    </message>
    <message>
        <source>anecdote only</source>
        <translation>anecdote only</translation>
    </message>
    <message>
        <source>no studies</source>
        <translation>no studies</translation>
    </message>
    <message>
        <source>Autoimmune</source>
        <translation>Autoimmune</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Cancer</translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation>Other conditions</translation>
    </message>
    <message>
        <source>Suggested but untried</source>
        <translation>Suggested but untried</translation>
    </message>
    <message>
        <source>CSL-JSON (Zotero, citation.js) or RIS (PubMed, Zotero, EndNote)</source>
        <translation>CSL-JSON (Zotero, citation.js) or RIS (PubMed, Zotero, EndNote)</translation>
    </message>
    <message>
        <source>&amp;Add a source or finding…</source>
        <translation>&amp;Add a source or finding…</translation>
    </message>
    <message>
        <source>&amp;Import references…</source>
        <translation>&amp;Import references…</translation>
    </message>
    <message>
        <source>Search conditions, studies, DOI, NCT…</source>
        <translation>Search conditions, studies, DOI, NCT…</translation>
    </message>
    <message>
        <source>Search the evidence</source>
        <translation>Search the evidence</translation>
    </message>
    <message>
        <source>Conditions and search results</source>
        <translation>Conditions and search results</translation>
    </message>
    <message>
        <source>Add a source or finding</source>
        <translation>Add a source or finding</translation>
    </message>
    <message>
        <source>Import references from a CSL-JSON or RIS file</source>
        <translation>Import references from a CSL-JSON or RIS file</translation>
    </message>
    <message>
        <source>The diary is open read-only, for review</source>
        <translation>The diary is open read-only, for review</translation>
    </message>
    <message>
        <source>Also called %1. %2</source>
        <translation>Also called %1. %2</translation>
    </message>
    <message>
        <source>My conditions</source>
        <translation>My conditions</translation>
    </message>
    <message>
        <source>  None recorded in this profile</source>
        <translation>  None recorded in this profile</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>Nothing found for &quot;%1&quot;</translation>
    </message>
    <message>
        <source>your entry</source>
        <translation>your entry</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Studies and other sources</source>
        <translation>Studies and other sources</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>Study: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Finding: %1</translation>
    </message>
</context>
<context>
    <name>ldn::EvidenceHtml</name>
    <message>
        <source>checked against the full text</source>
        <translation>checked against the full text</translation>
    </message>
    <message>
        <source>checked against the abstract</source>
        <translation>checked against the abstract</translation>
    </message>
    <message>
        <source>from a secondary source</source>
        <translation>from a secondary source</translation>
    </message>
    <message>
        <source>UNCONFIRMED</source>
        <translation>UNCONFIRMED</translation>
    </message>
    <message>
        <source> &lt;b style=&quot;color:%1;&quot;&gt;Your entry&lt;/b&gt;</source>
        <translation> &lt;b style=&quot;color:%1;&quot;&gt;Your entry&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &lt;b style=&quot;color:%1;&quot;&gt;Edited by you&lt;/b&gt;</source>
        <translation> &lt;b style=&quot;color:%1;&quot;&gt;Edited by you&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · &lt;a href=&quot;%1&quot;&gt;Edit&lt;/a&gt;</source>
        <translation> · &lt;a href=&quot;%1&quot;&gt;Edit&lt;/a&gt;</translation>
    </message>
    <message>
        <source>not peer reviewed</source>
        <translation>not peer reviewed</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;Conflict of interest: %2&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;Conflict of interest: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;Note: %2&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;Note: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Effect: </source>
        <translation>&lt;br&gt;Effect: </translation>
    </message>
    <message>
        <source>Population: </source>
        <translation>Population: </translation>
    </message>
    <message>
        <source>dose </source>
        <translation>dose </translation>
    </message>
    <message>
        <source>duration </source>
        <translation>duration </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;No source linked.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;No source linked.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Findings and their sources&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Findings and their sources&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No studies of LDN for this condition are in the library.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No studies of LDN for this condition are in the library.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guidelines and positions</source>
        <translation>Guidelines and positions</translation>
    </message>
    <message>
        <source>A position is not a study: shown, not counted in the summary.</source>
        <translation>A position is not a study: shown, not counted in the summary.</translation>
    </message>
    <message>
        <source>Trials planned or under way</source>
        <translation>Trials planned or under way</translation>
    </message>
    <message>
        <source>Registered, no results yet.</source>
        <translation>Registered, no results yet.</translation>
    </message>
    <message>
        <source>Mechanism-based reasoning</source>
        <translation>Mechanism-based reasoning</translation>
    </message>
    <message>
        <source>How LDN might work, not whether it does: not counted.</source>
        <translation>How LDN might work, not whether it does: not counted.</translation>
    </message>
    <message>
        <source>Unclassified references</source>
        <translation>Unclassified references</translation>
    </message>
    <message>
        <source>Not counted until their design is set.</source>
        <translation>Not counted until their design is set.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1;&quot;&gt;None in the library for this condition.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:%1;&quot;&gt;None in the library for this condition.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1;&quot;&gt;What people and organisations say. A report is labelled as one however good the news: it cannot show that LDN, rather than time or chance, made the difference.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:%1;&quot;&gt;What people and organizations say. A report is labeled as one however good the news: it cannot show that LDN, rather than time or chance, made the difference.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p style=&quot;color:%3;&quot;&gt;No finding cites this source yet, so it is not shown under any condition.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p style=&quot;color:%3;&quot;&gt;No finding cites this source yet, so it is not shown under any condition.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ldn::EvidencePage</name>
    <message>
        <source>Choose a condition on the left.</source>
        <translation>Choose a condition on the left.</translation>
    </message>
    <message>
        <source>Choose a profile to see the evidence for their conditions.</source>
        <translation>Choose a profile to see the evidence for their conditions.</translation>
    </message>
    <message>
        <source>The library has no condition called &quot;%1&quot;.</source>
        <translation>The library has no condition called &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Nothing was imported: this diary is open read-only, for review.</source>
        <translation>Nothing was imported: this diary is open read-only, for review.</translation>
    </message>
    <message>
        <source>This diary has no copy of the evidence library, and none can be added while it is open read-only; only its own entries are shown.</source>
        <translation>This diary has no copy of the evidence library, and none can be added while it is open read-only; only its own entries are shown.</translation>
    </message>
    <message>
        <source>The bundled evidence could not be installed: %1</source>
        <translation>The bundled evidence could not be installed: %1</translation>
    </message>
    <message>
        <source>Import references</source>
        <translation>Import references</translation>
    </message>
    <message>
        <source>References (*.json *.ris *.nbib *.txt);;CSL-JSON (*.json);;RIS (*.ris *.txt);;PubMed MEDLINE (*.nbib *.txt);;All files (*)</source>
        <translation>References (*.json *.ris *.nbib *.txt);;CSL-JSON (*.json);;RIS (*.ris *.txt);;PubMed MEDLINE (*.nbib *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Evidence for the condition</source>
        <translation>Evidence for the condition</translation>
    </message>
</context>
<context>
    <name>ldn::GpReport</name>
    <message>
        <source>No side effects recorded in this period.</source>
        <translation>No side effects recorded in this period.</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Side effect</translation>
    </message>
    <message>
        <source>First</source>
        <translation>First</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Days reported</source>
        <translation>Days reported</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Worst</translation>
    </message>
    <message>
        <source>Dose at onset</source>
        <translation>Dose at onset</translation>
    </message>
    <message>
        <source>Reports of the same side effect more than %1 days apart are listed as separate episodes. Severity as the patient rated it: mild, moderate or severe.</source>
        <translation>Reports of the same side effect more than %1 days apart are listed as separate episodes. Severity as the patient rated it: mild, moderate or severe.</translation>
    </message>
    <message>
        <source>No notes from carers in this period.</source>
        <translation>No notes from caregivers in this period.</translation>
    </message>
    <message>
        <source>Notes added to the diary besides the patient&apos;s own daily notes, each with who wrote it. Notes marked “Carer” were written by a carer, not by the patient.</source>
        <translation>Notes added to the diary besides the patient&apos;s own daily notes, each with who wrote it. Notes marked “Caregiver” were written by a caregiver, not by the patient.</translation>
    </message>
    <message>
        <source>Whole diary</source>
        <translation>Whole diary</translation>
    </message>
    <message>
        <source>No other medicines recorded.</source>
        <translation>No other medicines recorded.</translation>
    </message>
    <message>
        <source>Warning: %1 is an opioid, stopped recently.</source>
        <translation>Warning: %1 is an opioid, stopped recently.</translation>
    </message>
    <message>
        <source>Warning: %1 is an %2 medicine and is on the patient&apos;s list.</source>
        <translation>Warning: %1 is an %2 medicine and is on the patient&apos;s list.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Since</translation>
    </message>
    <message>
        <source>With LDN</source>
        <translation>With LDN</translation>
    </message>
    <message>
        <source>no known interaction</source>
        <translation>no known interaction</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stopped</translation>
    </message>
    <message>
        <source>Warning: do not combine</source>
        <translation>Warning: do not combine</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Caution</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>stopped %1</translation>
    </message>
    <message>
        <source>Caution: %1 (%2)</source>
        <translation>Caution: %1 (%2)</translation>
    </message>
    <message>
        <source>Each line is the %1-day rolling mean of a daily score (left axis, 0 to 10); %2. </source>
        <translation>Each line is the %1-day rolling mean of a daily score (left axis, 0 to 10); %2. </translation>
    </message>
    <message>
        <source>The black step line is the LDN dose (right axis)</source>
        <translation>The black step line is the LDN dose (right axis)</translation>
    </message>
    <message>
        <source>; triangles and dotted lines mark changes of dose.</source>
        <translation>; triangles and dotted lines mark changes of dose.</translation>
    </message>
    <message>
        <source> Speech bubbles mark the days with a note, listed under “%1”.</source>
        <translation> Speech bubbles mark the days with a note, listed under “%1”.</translation>
    </message>
    <message>
        <source>No change of dose in this period.</source>
        <translation>No change of dose in this period.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>In the plan?</source>
        <translation>In the plan?</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Reason or note</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>no plan</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>, %1 late</source>
        <translation>, %1 late</translation>
    </message>
    <message>
        <source>day</source>
        <translation>day</translation>
    </message>
    <message>
        <source>days</source>
        <translation>days</translation>
    </message>
    <message>
        <source>, %1 early</source>
        <translation>, %1 early</translation>
    </message>
    <message>
        <source>Mean score at each dose</source>
        <translation>Mean score at each dose</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>, few days</source>
        <translation>, few days</translation>
    </message>
    <message>
        <source>0 mg (before LDN)</source>
        <translation>0 mg (before LDN)</translation>
    </message>
    <message>
        <source>Before and after each change of dose</source>
        <translation>Before and after each change of dose</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>not enough days</source>
        <translation>not enough days</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>no interval</translation>
    </message>
    <message>
        <source>Welch&apos;s interval, which treats every day as independent and so is narrower, is in the analysis export (analyze --json). </source>
        <translation>Welch&apos;s interval, which treats every day as independent and so is narrower, is in the analysis export (analyze --json). </translation>
    </message>
    <message>
        <source>No evidence library installed, so no published studies are listed.</source>
        <translation>No evidence library installed, so no published studies are listed.</translation>
    </message>
    <message>
        <source>No conditions are recorded in the profile, so no studies are listed.</source>
        <translation>No conditions are recorded in the profile, so no studies are listed.</translation>
    </message>
    <message>
        <source>The evidence library holds no studies of LDN for %1.</source>
        <translation>The evidence library holds no studies of LDN for %1.</translation>
    </message>
    <message>
        <source>Studies of LDN for %1 in LDN Tracker&apos;s evidence library, one row per outcome. Results of no difference are listed beside positive ones; personal reports and advocacy are not counted.</source>
        <translation>Studies of LDN for %1 in LDN Tracker&apos;s evidence library, one row per outcome. Results of no difference are listed beside positive ones; personal reports and advocacy are not counted.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Strongest design</source>
        <translation>Strongest design</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studies</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Certainty</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>Refs</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>not graded</translation>
    </message>
    <message>
        <source>References</source>
        <translation>References</translation>
    </message>
    <message>
        <source>Start of plan</source>
        <translation>Start of plan</translation>
    </message>
    <message>
        <source>Scheduled step</source>
        <translation>Scheduled step</translation>
    </message>
    <message>
        <source>LDN summary for %1</source>
        <translation>LDN summary for %1</translation>
    </message>
    <message>
        <source>No diary days logged</source>
        <translation>No diary days logged</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generated %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>%1 (higher is better)</source>
        <translation>%1 (higher is better)</translation>
    </message>
    <message>
        <source>dose, mg (right axis)</source>
        <translation>dose, mg (right axis)</translation>
    </message>
    <message>
        <source>change of dose</source>
        <translation>change of dose</translation>
    </message>
    <message>
        <source>a note about the day (see %1)</source>
        <translation>a note about the day (see %1)</translation>
    </message>
    <message>
        <source>Score, 7-day mean (0–10)</source>
        <translation>Score, 7-day mean (0–10)</translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation>Dose (mg)</translation>
    </message>
    <message>
        <source>%1: not in the evidence library.</source>
        <translation>%1: not in the evidence library.</translation>
    </message>
    <message>
        <source> %1 planned or under way, no results yet%2.</source>
        <translation> %1 planned or under way, no results yet%2.</translation>
    </message>
    <message>
        <source>1 trial</source>
        <translation>1 trial</translation>
    </message>
    <message>
        <source>%1 trials</source>
        <translation>%1 trials</translation>
    </message>
    <message>
        <source>%1, position of %2: %3%4</source>
        <translation>%1, position of %2: %3%4</translation>
    </message>
    <message>
        <source>a guideline</source>
        <translation>a guideline</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 to %3)</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>higher is better</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>lower is better</translation>
    </message>
    <message>
        <source>lower is better for every score</source>
        <translation>lower is better for every score</translation>
    </message>
    <message>
        <source>higher is better for every score</source>
        <translation>higher is better for every score</translation>
    </message>
    <message>
        <source>higher is better for %1, lower for the others</source>
        <translation>higher is better for %1, lower for the others</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>month</source>
        <translation>month</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>years</source>
        <translation>years</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Symptoms and dose over time</source>
        <translation>Symptoms and dose over time</translation>
    </message>
    <message>
        <source>Dose history</source>
        <translation>Dose history</translation>
    </message>
    <message>
        <source>Symptoms at each dose</source>
        <translation>Symptoms at each dose</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Side effects</translation>
    </message>
    <message>
        <source>Notes from carers</source>
        <translation>Notes from caregivers</translation>
    </message>
    <message>
        <source>Medicines and cautions</source>
        <translation>Medicines and cautions</translation>
    </message>
    <message>
        <source>Published evidence</source>
        <translation>Published evidence</translation>
    </message>
    <message>
        <source>Questions for the doctor</source>
        <translation>Questions for the doctor</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>About this report</translation>
    </message>
    <message>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>none recorded</translation>
    </message>
    <message>
        <source>Conditions: %1. A daily diary of low-dose naltrexone (LDN) doses and symptom scores (0 to 10), kept by the patient.</source>
        <translation>Conditions: %1. A daily diary of low-dose naltrexone (LDN) doses and symptom scores (0 to 10), kept by the patient.</translation>
    </message>
    <message>
        <source>No data for this period: no diary days are logged between %1 and %2.</source>
        <translation>No data for this period: no diary days are logged between %1 and %2.</translation>
    </message>
    <message>
        <source>No data for this period: no diary days are logged yet.</source>
        <translation>No data for this period: no diary days are logged yet.</translation>
    </message>
    <message>
        <source>Titration plan</source>
        <translation>Titration plan</translation>
    </message>
    <message>
        <source>Current dose</source>
        <translation>Current dose</translation>
    </message>
    <message>
        <source>No titration plan recorded.</source>
        <translation>No titration plan recorded.</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>Days logged</translation>
    </message>
    <message>
        <source>%1 taken, %2 missed</source>
        <translation>%1 taken, %2 missed</translation>
    </message>
    <message>
        <source> (%1% of doses taken)</source>
        <translation> (%1% of doses taken)</translation>
    </message>
    <message>
        <source>; %1 at 0 mg (baseline or a planned pause)</source>
        <translation>; %1 at 0 mg (baseline or a planned pause)</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Doses</translation>
    </message>
    <message>
        <source>No dose taken in this period (only missed doses are logged).</source>
        <translation>No dose taken in this period (only missed doses are logged).</translation>
    </message>
    <message>
        <source>0 mg: not taking LDN (since %1).</source>
        <translation>0 mg: not taking LDN (since %1).</translation>
    </message>
    <message>
        <source>, usually at about %1</source>
        <translation>, usually at about %1</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, since %1</translation>
    </message>
    <message>
        <source> (before this period)</source>
        <translation> (before this period)</translation>
    </message>
    <message>
        <source> Last dose logged %1.</source>
        <translation> Last dose logged %1.</translation>
    </message>
    <message>
        <source> Pharmacy: %1.</source>
        <translation> Pharmacy: %1.</translation>
    </message>
    <message>
        <source>The plan starts on %1 at %2.</source>
        <translation>The plan starts on %1 at %2.</translation>
    </message>
    <message>
        <source>On %1 the plan&apos;s dose is %2</source>
        <translation>On %1 the plan&apos;s dose is %2</translation>
    </message>
    <message>
        <source>, on hold</source>
        <translation>, on hold</translation>
    </message>
    <message>
        <source>: target reached</source>
        <translation>: target reached</translation>
    </message>
    <message>
        <source>; next step %1 on %2</source>
        <translation>; next step %1 on %2</translation>
    </message>
    <message>
        <source>Every logged day followed the plan.</source>
        <translation>Every logged day followed the plan.</translation>
    </message>
    <message>
        <source>%1 off the plan (%2 missed).</source>
        <translation>%1 off the plan (%2 missed).</translation>
    </message>
    <message>
        <source>logged day</source>
        <translation>logged day</translation>
    </message>
    <message>
        <source>logged days</source>
        <translation>logged days</translation>
    </message>
    <message>
        <source>Symptoms before LDN and in the last %1 days</source>
        <translation>Symptoms before LDN and in the last %1 days</translation>
    </message>
    <message>
        <source>LDN has not been started in this diary (no dose above 0 mg is logged), so there is no before and after to compare.</source>
        <translation>LDN has not been started in this diary (no dose above 0 mg is logged), so there is no before and after to compare.</translation>
    </message>
    <message>
        <source>This report ends before the first dose of LDN (%1), so there is no before and after to compare.</source>
        <translation>This report ends before the first dose of LDN (%1), so there is no before and after to compare.</translation>
    </message>
    <message>
        <source>No baseline: no days at 0 mg are logged in the %1 weeks before the first dose of LDN (%2), so the scores now cannot be compared with the scores before LDN.</source>
        <translation>No baseline: no days at 0 mg are logged in the %1 weeks before the first dose of LDN (%2), so the scores now cannot be compared with the scores before LDN.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Before LDN</source>
        <translation>Before LDN</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Last %1 days</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95% interval</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>%1 (no interval)</source>
        <translation>%1 (no interval)</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>no comparison</translation>
    </message>
    <message>
        <source>started in a flare</source>
        <translation>started in a flare</translation>
    </message>
    <message>
        <source>Means of the daily scores (0 to 10) with the days scored (n); %1.</source>
        <translation>Means of the daily scores (0 to 10) with the days scored (n); %1.</translation>
    </message>
    <message>
        <source>LDN was started on %1</source>
        <translation>LDN was started on %1</translation>
    </message>
    <message>
        <source>, the last day of this report.</source>
        <translation>, the last day of this report.</translation>
    </message>
    <message>
        <source>, %1 before the last day of this report</source>
        <translation>, %1 before the last day of this report</translation>
    </message>
    <message>
        <source> (and before its first day).</source>
        <translation> (and before its first day).</translation>
    </message>
    <message>
        <source>in the worst quarter of the patient&apos;s own scores before LDN, or getting worse</source>
        <translation>in the worst quarter of the patient&apos;s own scores before LDN, or getting worse</translation>
    </message>
    <message>
        <source>in the worst quarter of the patient&apos;s own scores before LDN</source>
        <translation>in the worst quarter of the patient&apos;s own scores before LDN</translation>
    </message>
    <message>
        <source>getting worse during those weeks</source>
        <translation>getting worse during those weeks</translation>
    </message>
    <message>
        <source>LDN was started during a flare: before the first dose, %1 %2 %3. Part of any improvement may be regression to the mean, unusually bad scores drifting back towards their usual level on their own.</source>
        <translation>LDN was started during a flare: before the first dose, %1 %2 %3. Part of any improvement may be regression to the mean, unusually bad scores drifting back towards their usual level on their own.</translation>
    </message>
    <message>
        <source>was</source>
        <translation>was</translation>
    </message>
    <message>
        <source>were</source>
        <translation>were</translation>
    </message>
    <message>
        <source>This report comes from the patient&apos;s own diary, entered in LDN Tracker; it is self-reported and is not a clinical trial. A diary of one person (n-of-1) has no placebo, no blinding and no control group: scores drift on their own and with expectations, and other changes at the same time (season, infections, activity, other medicines) can explain a difference. Averages over few days are fragile. LDN is usually prescribed off-label. The report is meant to support a conversation with a GP or specialist, not to replace clinical judgement.</source>
        <translation>This report comes from the patient&apos;s own diary, entered in LDN Tracker; it is self-reported and is not a clinical trial. A diary of one person (n-of-1) has no placebo, no blinding and no control group: scores drift on their own and with expectations, and other changes at the same time (season, infections, activity, other medicines) can explain a difference. Averages over few days are fragile. LDN is usually prescribed off-label. The report is meant to support a conversation with a primary care doctor or specialist, not to replace clinical judgment.</translation>
    </message>
    <message>
        <source>Means per dose leave out the first %1 after each change, while the body adjusts. </source>
        <translation>Means per dose leave out the first %1 after each change, while the body adjusts. </translation>
    </message>
    <message>
        <source>Before/after: the mean of the %1 before a change is compared with the %1 starting %2 after it; the difference is after − before, under it the 95% confidence interval (Newey–West: it allows for a day&apos;s score resembling the day before&apos;s) and the days on each side. An interval that includes 0 means no clear change. </source>
        <translation>Before/after: the mean of the %1 before a change is compared with the %1 starting %2 after it; the difference is after − before, under it the 95% confidence interval (Newey–West: it allows for a day&apos;s score resembling the day before&apos;s) and the days on each side. An interval that includes 0 means no clear change. </translation>
    </message>
    <message>
        <source>%1 The scores were already improving or worsening in the %2 before this change (a trend whose 95% interval excludes 0), so part of the difference may not be the change&apos;s. </source>
        <translation>%1 The scores were already improving or worsening in the %2 before this change (a trend whose 95% interval excludes 0), so part of the difference may not be the change&apos;s. </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>every day</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>every %1 days</translation>
    </message>
    <message>
        <source>%1 mg, +%2 mg %3, to %4 mg (%5 plan, from %6). </source>
        <translation>%1 mg, +%2 mg %3, to %4 mg (%5 plan, from %6). </translation>
    </message>
    <message>
        <source>“Few days”: fewer than %1 days, treat with caution.</source>
        <translation>“Few days”: fewer than %1 days, treat with caution.</translation>
    </message>
    <message>
        <source>Before LDN: the days at 0 mg in the %1 weeks before the first dose. Means of the daily scores (0 to 10) with the days scored (n); %2. Difference: last %3 days − before LDN, with its 95% confidence interval (Newey–West), which allows for a day&apos;s score resembling the day before&apos;s and so is wider than a comparison that treats every day as independent. “Better” or “worse” only when the interval excludes 0; otherwise “no clear change”. Not a trial result: see the notes at the end.</source>
        <translation>Before LDN: the days at 0 mg in the %1 weeks before the first dose. Means of the daily scores (0 to 10) with the days scored (n); %2. Difference: last %3 days − before LDN, with its 95% confidence interval (Newey–West), which allows for a day&apos;s score resembling the day before&apos;s and so is wider than a comparison that treats every day as independent. “Better” or “worse” only when the interval excludes 0; otherwise “no clear change”. Not a trial result: see the notes at the end.</translation>
    </message>
    <message>
        <source>%1 of 1 day in this period (%2%)</source>
        <translation>%1 of 1 day in this period (%2%)</translation>
    </message>
    <message>
        <source>%1 of %2 days in this period (%3%)</source>
        <translation>%1 of %2 days in this period (%3%)</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1 point</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <source>No titration plan is recorded: the dose is raised as agreed with the doctor.</source>
        <translation>No titration plan is recorded: the dose is raised as agreed with the doctor.</translation>
    </message>
    <message>
        <source>%1 a day from %2.</source>
        <translation>%1 a day from %2.</translation>
    </message>
    <message>
        <source>From %1: %2 a day, raised by %3 every %4 up to %5 (slower if side effects appear).</source>
        <translation>From %1: %2 a day, raised by %3 every %4 up to %5 (slower if side effects appear).</translation>
    </message>
    <message>
        <source>None: %1 already takes %2 of LDN, so the trial starts from that dose; the days logged before LDN, if any, serve as the baseline.</source>
        <translation>None: %1 already takes %2 of LDN, so the trial starts from that dose; the days logged before LDN, if any, serve as the baseline.</translation>
    </message>
    <message>
        <source>None: LDN starts on the first day of the trial.</source>
        <translation>None: LDN starts on the first day of the trial.</translation>
    </message>
    <message>
        <source>%1 at 0 mg (no LDN), %2 to %3, to see how the symptoms run without it.</source>
        <translation>%1 at 0 mg (no LDN), %2 to %3, to see how the symptoms run without it.</translation>
    </message>
    <message>
        <source>%1 weeks after the target dose is reached</source>
        <translation>%1 weeks after the target dose is reached</translation>
    </message>
    <message>
        <source>%1 weeks after the baseline</source>
        <translation>%1 weeks after the baseline</translation>
    </message>
    <message>
        <source>%1 weeks after the start</source>
        <translation>%1 weeks after the start</translation>
    </message>
    <message>
        <source>%1 (%2), with the doctor: continue, change the dose or stop.</source>
        <translation>%1 (%2), with the doctor: continue, change the dose or stop.</translation>
    </message>
    <message>
        <source>%1 (stopped %2)</source>
        <translation>%1 (stopped %2)</translation>
    </message>
    <message>
        <source>Other medicines: %1.</source>
        <translation>Other medicines: %1.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 for %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient: %1</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Doctor</translation>
    </message>
    <message>
        <source>Name and practice</source>
        <translation>Name and practice</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>%1 and their doctor agree to try low-dose naltrexone (LDN) in a supervised trial in this one person. What counts as a benefit, when it is judged and when to stop are agreed now, before any results are known. LDN is prescribed off-label for these conditions.</source>
        <translation>%1 and their doctor agree to try low-dose naltrexone (LDN) in a supervised trial in this one person. What counts as a benefit, when it is judged and when to stop are agreed now, before any results are known. LDN is prescribed off-label for these conditions.</translation>
    </message>
    <message>
        <source>The trial</source>
        <translation>The trial</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Primary outcomes</source>
        <translation>Primary outcomes</translation>
    </message>
    <message>
        <source>Smallest change that matters</source>
        <translation>Smallest change that matters</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>%1, each rated every day from 0 to 10.</source>
        <translation>%1, each rated every day from 0 to 10.</translation>
    </message>
    <message>
        <source>What is measured, and how it is judged</source>
        <translation>What is measured, and how it is judged</translation>
    </message>
    <message>
        <source>When to stop early</source>
        <translation>When to stop early</translation>
    </message>
    <message>
        <source>A side effect rated severe (3) on two days in a row: stop LDN and contact the doctor.</source>
        <translation>A side effect rated severe (3) on two days in a row: stop LDN and contact the doctor.</translation>
    </message>
    <message>
        <source>An opioid is needed or added (pain relief after an injury or an operation): stop LDN and tell the prescriber, as below.</source>
        <translation>An opioid is needed or added (pain relief after an injury or an operation): stop LDN and tell the prescriber, as below.</translation>
    </message>
    <message>
        <source>Either of us may end the trial at any time; the reason is written in the diary.</source>
        <translation>Either of us may end the trial at any time; the reason is written in the diary.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medicines</translation>
    </message>
    <message>
        <source>Warning: %1 is an opioid and is on the patient&apos;s list.</source>
        <translation>Warning: %1 is an opioid and is on the patient&apos;s list.</translation>
    </message>
    <message>
        <source>No opioids with LDN</source>
        <translation>No opioids with LDN</translation>
    </message>
    <message>
        <source>Naltrexone blocks opioids (codeine, tramadol, morphine, oxycodone and others): they will not relieve pain, and taking LDN with or soon after one can cause withdrawal. Tell every prescriber, dentist and hospital about LDN, and stop it before a planned operation as the doctor advises.</source>
        <translation>Naltrexone blocks opioids (codeine, tramadol, morphine, oxycodone and others): they will not relieve pain, and taking LDN with or soon after one can cause withdrawal. Tell every prescriber, dentist and hospital about LDN, and stop it before a planned operation as the doctor advises.</translation>
    </message>
    <message>
        <source>What studies say about LDN for these conditions</source>
        <translation>What studies say about LDN for these conditions</translation>
    </message>
    <message>
        <source>The evidence library holds no studies of LDN for these conditions.</source>
        <translation>The evidence library holds no studies of LDN for these conditions.</translation>
    </message>
    <message>
        <source>What the studies in LDN Tracker&apos;s evidence library found, outcome by outcome; results of no difference are listed beside positive ones. The GP report gives the studies, their designs and references.</source>
        <translation>What the studies in LDN Tracker&apos;s evidence library found, outcome by outcome; results of no difference are listed beside positive ones. The doctor&apos;s report gives the studies, their designs and references.</translation>
    </message>
    <message>
        <source>… and %1 more in the GP report&apos;s evidence section.</source>
        <translation>… and %1 more in the evidence section of the doctor&apos;s report.</translation>
    </message>
    <message>
        <source>We have read this page and agree to the trial as written.</source>
        <translation>We have read this page and agree to the trial as written.</translation>
    </message>
    <message>
        <source>Trial agreement: LDN for %1</source>
        <translation>Trial agreement: LDN for %1</translation>
    </message>
    <message>
        <source>Trial from %1, review on %2</source>
        <translation>Trial from %1, review on %2</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>Prepared %1</translation>
    </message>
    <message>
        <source>%1 on the 0–10 scale: a smaller change would not be worth taking LDN for.</source>
        <translation>%1 on the 0–10 scale: a smaller change would not be worth taking LDN for.</translation>
    </message>
    <message>
        <source>Every day, in the LDN Tracker diary: the LDN dose taken or missed, each primary outcome from 0 to 10, the other symptoms of the diary, and side effects as mild, moderate or severe. At the review, each primary outcome&apos;s days before LDN are compared with its last 28 days, with a 95% interval that allows for good and bad spells (Newey–West); the answer to “improved by at least %1?” is yes only when the whole interval reaches it, no when none of it does, and otherwise “can&apos;t tell”. An open trial has no placebo: expectation and the natural ups and downs of the condition can look like an effect.</source>
        <translation>Every day, in the LDN Tracker diary: the LDN dose taken or missed, each primary outcome from 0 to 10, the other symptoms of the diary, and side effects as mild, moderate or severe. At the review, each primary outcome&apos;s days before LDN are compared with its last 28 days, with a 95% interval that allows for good and bad spells (Newey–West); the answer to “improved by at least %1?” is yes only when the whole interval reaches it, no when none of it does, and otherwise “can&apos;t tell”. An open trial has no placebo: expectation and the natural ups and downs of the condition can look like an effect.</translation>
    </message>
    <message>
        <source>Trial of LDN</source>
        <translation>Trial of LDN</translation>
    </message>
    <message>
        <source>An open trial of LDN agreed with the doctor, started %1: primary outcomes %2; the smallest change that matters to the patient is %3.</source>
        <translation>An open trial of LDN agreed with the doctor, started %1: primary outcomes %2; the smallest change that matters to the patient is %3.</translation>
    </message>
    <message>
        <source>Stopped on %1: %2</source>
        <translation>Stopped on %1: %2</translation>
    </message>
    <message>
        <source>Trial under way: review on %1.</source>
        <translation>Trial under way: review on %1.</translation>
    </message>
    <message>
        <source>Review from %1 to %2 (review date %3): each outcome&apos;s days before LDN against its recent days (up to the last 28 of the trial); the improvement is positive when the symptom got better.</source>
        <translation>Review from %1 to %2 (review date %3): each outcome&apos;s days before LDN against its recent days (up to the last 28 of the trial); the improvement is positive when the symptom got better.</translation>
    </message>
    <message>
        <source>mean (n)</source>
        <translation>mean (n)</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Recent</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Improvement</translation>
    </message>
    <message>
        <source>95% interval (Newey–West)</source>
        <translation>95% interval (Newey–West)</translation>
    </message>
    <message>
        <source>Improved by at least %1?</source>
        <translation>Improved by at least %1?</translation>
    </message>
    <message>
        <source>“Yes” only when the whole interval reaches the smallest change that matters; “no” when none of it does; otherwise the diary cannot tell.</source>
        <translation>“Yes” only when the whole interval reaches the smallest change that matters; “no” when none of it does; otherwise the diary cannot tell.</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Adherence</translation>
    </message>
    <message>
        <source>%1 of %2 days logged; %3 taken as planned (%4%), %5 missed.</source>
        <translation>%1 of %2 days logged; %3 taken as planned (%4%), %5 missed.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3 severe; worst %4)</source>
        <translation>%1 on %2 (%3 severe; worst %4)</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>none logged</translation>
    </message>
    <message>
        <source>Limits of an open trial: %1</source>
        <translation>Limits of an open trial: %1</translation>
    </message>
</context>
<context>
    <name>ldn::LanguageMenu</name>
    <message>
        <source>As the &amp;desktop</source>
        <translation>As the &amp;desktop</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>LDN Tracker will speak %1 from its next start.</source>
        <translation>LDN Tracker will speak %1 from its next start.</translation>
    </message>
</context>
<context>
    <name>ldn::MainWindow</name>
    <message>
        <source>1 day logged</source>
        <translation>1 day logged</translation>
    </message>
    <message numerus="yes">
        <source>%n days logged</source>
        <translation>
            <numerusform>%n day logged</numerusform>
            <numerusform>%n days logged</numerusform>
        </translation>
    </message>
    <message>
        <source>The diary of %1 could not be read.</source>
        <translation>The diary of %1 could not be read.</translation>
    </message>
    <message>
        <source>The list of profiles could not be read.</source>
        <translation>The list of profiles could not be read.</translation>
    </message>
    <message>
        <source>LDN Tracker — Reviewing %1&apos;s diary (read-only)</source>
        <translation>LDN Tracker — Reviewing %1&apos;s diary (read-only)</translation>
    </message>
    <message>
        <source>LDN Tracker</source>
        <translation>LDN Tracker</translation>
    </message>
    <message>
        <source>LDN Tracker — %1</source>
        <translation>LDN Tracker — %1</translation>
    </message>
    <message>
        <source>The diary could not be read.</source>
        <translation>The diary could not be read.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>The profile could not be read.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Remove profile</translation>
    </message>
    <message>
        <source>Remove %1&apos;s profile?</source>
        <translation>Remove %1&apos;s profile?</translation>
    </message>
    <message>
        <source>Everything in it goes: its days, notes, medicines and plans. A backup of the whole diary is made first, and until you close LDN Tracker the removal can be undone.</source>
        <translation>Everything in it goes: its days, notes, medicines and plans. A backup of the whole diary is made first, and until you close LDN Tracker the removal can be undone.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
    <message>
        <source>&amp;Undo removal of %1</source>
        <translation>&amp;Undo removal of %1</translation>
    </message>
    <message>
        <source>The profile was not removed.</source>
        <translation>The profile was not removed.</translation>
    </message>
    <message>
        <source>%1&apos;s profile is back, with all of its diary.</source>
        <translation>%1&apos;s profile is back, with all of its diary.</translation>
    </message>
    <message>
        <source>Reviewing %1&apos;s diary from %2 — read-only</source>
        <translation>Reviewing %1&apos;s diary from %2 — read-only</translation>
    </message>
    <message>
        <source>Reviewing (read-only): %1 · your own diary: %2</source>
        <translation>Reviewing (read-only): %1 · your own diary: %2</translation>
    </message>
    <message>
        <source>Diary file: %1</source>
        <translation>Diary file: %1</translation>
    </message>
    <message>
        <source>Open a diary for review</source>
        <translation>Open a diary for review</translation>
    </message>
    <message>
        <source>LDN Tracker diaries (*.sqlite *.db);;Exported backups (*.json);;All files (*)</source>
        <translation>LDN Tracker diaries (*.sqlite *.db);;Exported backups (*.json);;All files (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened for review.</source>
        <translation>%1 cannot be opened for review.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for review.

%2</source>
        <translation>%1 cannot be opened for review.

%2</translation>
    </message>
    <message>
        <source>About LDN Tracker</source>
        <translation>About LDN Tracker</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LDN Tracker %1&lt;/h3&gt;&lt;p&gt;A private diary of low-dose naltrexone doses, symptoms and side effects.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;LDN Tracker makes no network connections; your diary stays in &lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LDN Tracker %1&lt;/h3&gt;&lt;p&gt;A private diary of low-dose naltrexone doses, symptoms and side effects.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;LDN Tracker makes no network connections; your diary stays in &lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ldn::MedicationStopDialog</name>
    <message>
        <source>When %1 was stopped</source>
        <translation>When %1 was stopped</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>Stop %1</translation>
    </message>
    <message>
        <source>%1 stays on the list as stopped, with the day it stopped, so the GP report can say so.</source>
        <translation>%1 stays on the list as stopped, with the day it stopped, so the doctor&apos;s report can say so.</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Stopped on</translation>
    </message>
    <message>
        <source>&amp;Stopped on</source>
        <translation>&amp;Stopped on</translation>
    </message>
    <message>
        <source>The opioid warning stays for %1 days after this day: the trials of LDN left out anyone who had taken an opioid in the 15 days to 4 weeks before.</source>
        <translation>The opioid warning stays for %1 days after this day: the trials of LDN left out anyone who had taken an opioid in the 15 days to 4 weeks before.</translation>
    </message>
    <message>
        <source>Change the day</source>
        <translation>Change the day</translation>
    </message>
    <message>
        <source>Mark stopped</source>
        <translation>Mark stopped</translation>
    </message>
    <message>
        <source>Still &amp;taking it</source>
        <translation>Still &amp;taking it</translation>
    </message>
    <message>
        <source>The stop could not be saved: %1</source>
        <translation>The stop could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ldn::NewProfileDialog</name>
    <message>
        <source>Create profile</source>
        <translation>Create profile</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Choose what “%1” means below, or clear the field.</source>
        <translation>Choose what “%1” means below, or clear the field.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>The profile could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ldn::OpenTrialReview</name>
    <message>
        <source>No placebo: an open trial cannot separate what LDN does from what taking any new treatment does.</source>
        <translation>No placebo: an open trial cannot separate what LDN does from what taking any new treatment does.</translation>
    </message>
    <message>
        <source>Expectation: knowing that you take LDN, and hoping it helps, can change how you feel and how you score.</source>
        <translation>Expectation: knowing that you take LDN, and hoping it helps, can change how you feel and how you score.</translation>
    </message>
    <message>
        <source>Regression to the mean: people often start a treatment when they feel at their worst, and from there most days are better whatever is taken.</source>
        <translation>Regression to the mean: people often start a treatment when they feel at their worst, and from there most days are better whatever is taken.</translation>
    </message>
</context>
<context>
    <name>ldn::OverallChangePanel</name>
    <message>
        <source>%1 (n %2)</source>
        <translation>%1 (n %2)</translation>
    </message>
    <message>
        <source>– (n 0)</source>
        <translation>– (n 0)</translation>
    </message>
    <message>
        <source>Each symptom before LDN and in the last 28 days</source>
        <translation>Each symptom before LDN and in the last 28 days</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 week</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 weeks</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 month</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 months</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 year</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 years</translation>
    </message>
    <message>
        <source>Since starting LDN: </source>
        <translation>Since starting LDN: </translation>
    </message>
    <message>
        <source>Since starting LDN: these dates end before the first dose of LDN (%1).</source>
        <translation>Since starting LDN: these dates end before the first dose of LDN (%1).</translation>
    </message>
    <message>
        <source>Since starting LDN (first dose %1): </source>
        <translation>Since starting LDN (first dose %1): </translation>
    </message>
    <message>
        <source>Since starting LDN: each symptom in the 4 weeks before the first dose (%1) against the last %2 of these dates. Mean (days scored); difference: last %2 − before LDN, with its 95% interval.</source>
        <translation>Since starting LDN: each symptom in the 4 weeks before the first dose (%1) against the last %2 of these dates. Mean (days scored); difference: last %2 − before LDN, with its 95% interval.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Before LDN</source>
        <translation>Before LDN</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>Last %1</translation>
    </message>
    <message>
        <source>Difference (95% interval)</source>
        <translation>Difference (95% interval)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Scored on %1 at 0 mg, %2 – %3.</source>
        <translation>Scored on %1 at 0 mg, %2 – %3.</translation>
    </message>
    <message>
        <source>No %1 scores in the 4 weeks before LDN.</source>
        <translation>No %1 scores in the 4 weeks before LDN.</translation>
    </message>
    <message>
        <source>Scored on %1, %2 – %3.</source>
        <translation>Scored on %1, %2 – %3.</translation>
    </message>
    <message>
        <source>No %1 scores in the last 28 days.</source>
        <translation>No %1 scores in the last 28 days.</translation>
    </message>
    <message>
        <source>%1 (no interval)</source>
        <translation>%1 (no interval)</translation>
    </message>
    <message>
        <source>Last 28 days − before LDN: %1 points, %2.</source>
        <translation>Last 28 days − before LDN: %1 points, %2.</translation>
    </message>
    <message>
        <source>The interval includes 0: no clear change.</source>
        <translation>The interval includes 0: no clear change.</translation>
    </message>
    <message>
        <source>The interval excludes 0, but a diary cannot tell LDN from everything else that changed.</source>
        <translation>The interval excludes 0, but a diary cannot tell LDN from everything else that changed.</translation>
    </message>
    <message>
        <source>started in a flare</source>
        <translation>started in a flare</translation>
    </message>
    <message>
        <source>%1 was in a flare when LDN was started: part of any improvement may be regression to the mean.</source>
        <translation>%1 was in a flare when LDN was started: part of any improvement may be regression to the mean.</translation>
    </message>
    <message>
        <source>LDN was started on the last of these days.</source>
        <translation>LDN was started on the last of these days.</translation>
    </message>
    <message>
        <source>LDN was started %1 before the last of these days.</source>
        <translation>LDN was started %1 before the last of these days.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>⚠ LDN was started during a flare of %1 (scores in the worst quarter of your own scores before LDN, or getting worse): part of any improvement may be regression to the mean, bad spells easing on their own.</source>
        <translation>⚠ LDN was started during a flare of %1 (scores in the worst quarter of your own scores before LDN, or getting worse): part of any improvement may be regression to the mean, bad spells easing on their own.</translation>
    </message>
    <message>
        <source>(Lag-1 autocorrelation: %1.)</source>
        <translation>(Lag-1 autocorrelation: %1.)</translation>
    </message>
</context>
<context>
    <name>ldn::PharmacySheet</name>
    <message>
        <source>Pharmacy sheet: blinded trial of LDN for %1</source>
        <translation>Pharmacy sheet: blinded trial of LDN for %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Printed %1</translation>
    </message>
    <message>
        <source>For the pharmacy only: keep this sheet from the patient and their carers</source>
        <translation>For the pharmacy only: keep this sheet from the patient and their caregivers</translation>
    </message>
    <message>
        <source>It shows which periods give LDN and which give placebo. The trial is blinded: if the patient or a carer sees this sheet before the last period ends, the trial can no longer tell what LDN does from what is expected of it.</source>
        <translation>It shows which periods give LDN and which give placebo. The trial is blinded: if the patient or a caregiver sees this sheet before the last period ends, the trial can no longer tell what LDN does from what is expected of it.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>LDN capsules</source>
        <translation>LDN capsules</translation>
    </message>
    <message>
        <source>Placebo capsules</source>
        <translation>Placebo capsules</translation>
    </message>
    <message>
        <source>Capsules</source>
        <translation>Capsules</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>naltrexone %1 in each capsule</source>
        <translation>naltrexone %1 in each capsule</translation>
    </message>
    <message>
        <source>the same size, colour, filler and taste, without naltrexone</source>
        <translation>the same size, color, filler and taste, without naltrexone</translation>
    </message>
    <message>
        <source>%1 per period (one a day), %2 in all</source>
        <translation>%1 per period (one a day), %2 in all</translation>
    </message>
    <message>
        <source>%1 pairs of periods back to back; in each pair one LDN period and one placebo period, in random order</source>
        <translation>%1 pairs of periods back to back; in each pair one LDN period and one placebo period, in random order</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Pair</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>First day</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Fill with</source>
        <translation>Fill with</translation>
    </message>
    <message>
        <source>LDN %1</source>
        <translation>LDN %1</translation>
    </message>
    <message>
        <source>Placebo</source>
        <translation>Placebo</translation>
    </message>
    <message>
        <source>Label each period&apos;s pack with its period number and dates only, never with its contents, so that the packs look the same.</source>
        <translation>Label each period&apos;s pack with its period number and dates only, never with its contents, so that the packs look the same.</translation>
    </message>
    <message>
        <source>Unblinding code</source>
        <translation>Unblinding code</translation>
    </message>
    <message>
        <source>Give this code to the patient or their doctor only after the last period has ended (%1). Entered in LDN Tracker, it reveals which periods gave LDN and lets the analysis run. A code typed wrongly changes nothing.</source>
        <translation>Give this code to the patient or their doctor only after the last period has ended (%1). Entered in LDN Tracker, it reveals which periods gave LDN and lets the analysis run. A code typed wrongly changes nothing.</translation>
    </message>
</context>
<context>
    <name>ldn::PlanDialog</name>
    <message>
        <source>%1 mg from %2</source>
        <translation>%1 mg from %2</translation>
    </message>
    <message>
        <source>Set plan</source>
        <translation>Set plan</translation>
    </message>
    <message>
        <source>Your current plan (started %1) ends the day before this one starts. It stays in the history.</source>
        <translation>Your current plan (started %1) ends the day before this one starts. It stays in the history.</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>The plan could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ldn::PlanPage</name>
    <message>
        <source>since %1</source>
        <translation>since %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Sensitive</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>every day</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>every %1 days</translation>
    </message>
    <message>
        <source>%1 mg, +%2 mg %3, to %4 mg (maximum %5 mg)</source>
        <translation>%1 mg, +%2 mg %3, to %4 mg (maximum %5 mg)</translation>
    </message>
    <message>
        <source>+%1 mg %2, maximum %3 mg</source>
        <translation>+%1 mg %2, maximum %3 mg</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>tomorrow</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 and %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicine</translation>
    </message>
    <message>
        <source>With LDN</source>
        <translation>With LDN</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>No profile is open.</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>The plan could not be read: %1</translation>
    </message>
    <message>
        <source>The medicines could not be read: %1</source>
        <translation>The medicines could not be read: %1</translation>
    </message>
    <message>
        <source>There is no titration plan yet. A plan works out the dose for each day: it starts low and steps up at a steady pace until the target.</source>
        <translation>There is no titration plan yet. A plan works out the dose for each day: it starts low and steps up at a steady pace until the target.</translation>
    </message>
    <message>
        <source>The plan starts on %1</source>
        <translation>The plan starts on %1</translation>
    </message>
    <message>
        <source>First dose: %1 (%2)</source>
        <translation>First dose: %1 (%2)</translation>
    </message>
    <message>
        <source>Today: %1 planned</source>
        <translation>Today: %1 planned</translation>
    </message>
    <message>
        <source>On hold since %1: no further steps until you resume</source>
        <translation>On hold since %1: no further steps until you resume</translation>
    </message>
    <message>
        <source>Target of %1 reached</source>
        <translation>Target of %1 reached</translation>
    </message>
    <message>
        <source>Next step: %1 on %2 (%3)</source>
        <translation>Next step: %1 on %2 (%3)</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>started %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>starts %1</translation>
    </message>
    <message>
        <source>%1 plan: %2, %3</source>
        <translation>%1 plan: %2, %3</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Current plan</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Until %1</translation>
    </message>
    <message>
        <source>New plan (%1)</source>
        <translation>New plan (%1)</translation>
    </message>
    <message>
        <source>%1 → %2 mg</source>
        <translation>%1 → %2 mg</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Missed</translation>
    </message>
    <message>
        <source>Days that differed from the plan</source>
        <translation>Days that differed from the plan</translation>
    </message>
    <message>
        <source>Days that differed from the plan (%1)</source>
        <translation>Days that differed from the plan (%1)</translation>
    </message>
    <message>
        <source>Stopped (%1)</source>
        <translation>Stopped (%1)</translation>
    </message>
    <message>
        <source>Do not combine (%1)</source>
        <translation>Do not combine (%1)</translation>
    </message>
    <message>
        <source>Caution (%1)</source>
        <translation>Caution (%1)</translation>
    </message>
    <message>
        <source>Warning: %1 is an opioid.</source>
        <translation>Warning: %1 is an opioid.</translation>
    </message>
    <message>
        <source>Warning: %1 are opioids.</source>
        <translation>Warning: %1 are opioids.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <source>Caution: %1 (%2). %3</source>
        <translation>Caution: %1 (%2). %3</translation>
    </message>
    <message>
        <source>The medicine could not be saved: %1</source>
        <translation>The medicine could not be saved: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>Removed %1.</translation>
    </message>
    <message>
        <source>The medicine could not be removed: %1</source>
        <translation>The medicine could not be removed: %1</translation>
    </message>
    <message>
        <source>Marked %1 as stopped on %2.</source>
        <translation>Marked %1 as stopped on %2.</translation>
    </message>
    <message>
        <source>Marked %1 as still taken.</source>
        <translation>Marked %1 as still taken.</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>The change could not be undone: %1</translation>
    </message>
    <message>
        <source>Change &amp;stop…</source>
        <translation>Change &amp;stop…</translation>
    </message>
    <message>
        <source>Mark &amp;stopped…</source>
        <translation>Mark &amp;stopped…</translation>
    </message>
    <message>
        <source>Change when the selected medicine was stopped</source>
        <translation>Change when the selected medicine was stopped</translation>
    </message>
    <message>
        <source>Mark the selected medicine as stopped</source>
        <translation>Mark the selected medicine as stopped</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ldn::ProfileColourBox</name>
    <message>
        <source>No colour</source>
        <translation>No color</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Teal</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Gray</translation>
    </message>
    <message>
        <source>Your own colour (%1)</source>
        <translation>Your own color (%1)</translation>
    </message>
</context>
<context>
    <name>ldn::ProfileRemovalBanner</name>
    <message>
        <source>Profile removed</source>
        <translation>Profile removed</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Dismiss the removal notice</source>
        <translation>Dismiss the removal notice</translation>
    </message>
    <message>
        <source>Hide this notice; the backup stays in the backups folder</source>
        <translation>Hide this notice; the backup stays in the backups folder</translation>
    </message>
    <message>
        <source>%1&apos;s profile was removed. A backup of the diary was made first: %2</source>
        <translation>%1&apos;s profile was removed. A backup of the diary was made first: %2</translation>
    </message>
    <message>
        <source>&amp;Undo: bring %1 back</source>
        <translation>&amp;Undo: bring %1 back</translation>
    </message>
    <message>
        <source>%1
Undo did not work: %2</source>
        <translation>%1
Undo did not work: %2</translation>
    </message>
</context>
<context>
    <name>ldn::QuickLogLauncher</name>
    <message>
        <source>&amp;Quick log…</source>
        <translation>&amp;Quick log…</translation>
    </message>
    <message>
        <source>Log tonight&apos;s dose and a few scores in a small window</source>
        <translation>Log tonight&apos;s dose and a few scores in a small window</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Quick log</translation>
    </message>
    <message>
        <source>The quick log cannot open: %1</source>
        <translation>The quick log cannot open: %1</translation>
    </message>
</context>
<context>
    <name>ldn::QuickLogWindow</name>
    <message>
        <source>Quick log — %1</source>
        <translation>Quick log — %1</translation>
    </message>
    <message>
        <source>Quick log for</source>
        <translation>Quick log for</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>already logged: what you change here is added to it</source>
        <translation>already logged: what you change here is added to it</translation>
    </message>
    <message>
        <source>Enter moves on · 0–10 or arrows score · Ctrl+Enter saves</source>
        <translation>Enter moves on · 0–10 or arrows score · Ctrl+Enter saves</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the day</source>
        <translation>Save the day</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Dose &amp;taken</source>
        <translation>Dose &amp;taken</translation>
    </message>
    <message>
        <source>Dose taken</source>
        <translation>Dose taken</translation>
    </message>
    <message>
        <source>&amp;No LDN today, 0 mg</source>
        <translation>&amp;No LDN today, 0 mg</translation>
    </message>
    <message>
        <source>No LDN today, 0 mg</source>
        <translation>No LDN today, 0 mg</translation>
    </message>
    <message>
        <source>&amp;Missed dose</source>
        <translation>&amp;Missed dose</translation>
    </message>
    <message>
        <source>Missed dose</source>
        <translation>Missed dose</translation>
    </message>
    <message>
        <source>The dose logged for this day is filled in (the plan says %1).</source>
        <translation>The dose logged for this day is filled in (the plan says %1).</translation>
    </message>
    <message>
        <source>The dose logged for this day is filled in.</source>
        <translation>The dose logged for this day is filled in.</translation>
    </message>
    <message>
        <source>The plan says %1 for this day.</source>
        <translation>The plan says %1 for this day.</translation>
    </message>
    <message>
        <source>No titration plan for this day: the dose last taken is filled in.</source>
        <translation>No titration plan for this day: the dose last taken is filled in.</translation>
    </message>
    <message>
        <source>Enter confirms it.</source>
        <translation>Enter confirms it.</translation>
    </message>
    <message>
        <source>This profile has no symptoms to score yet.</source>
        <translation>This profile has no symptoms to score yet.</translation>
    </message>
    <message>
        <source>Side &amp;effect</source>
        <translation>Side &amp;effect</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Side effect</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>How bad the side effect was</source>
        <translation>How bad the side effect was</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>mild</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderate</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>severe</translation>
    </message>
    <message>
        <source>Nothing was saved. Check the dose, then save again.</source>
        <translation>Nothing was saved. Check the dose, then save again.</translation>
    </message>
    <message>
        <source>The day could not be saved: %1</source>
        <translation>The day could not be saved: %1</translation>
    </message>
    <message>
        <source>missed dose</source>
        <translation>missed dose</translation>
    </message>
    <message>
        <source>no LDN (0 mg)</source>
        <translation>no LDN (0 mg)</translation>
    </message>
    <message>
        <source>Saved %1&apos;s day, %2: %3, %4</source>
        <translation>Saved %1&apos;s day, %2: %3, %4</translation>
    </message>
    <message>
        <source>1 score</source>
        <translation>1 score</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 scores</translation>
    </message>
</context>
<context>
    <name>ldn::ReferenceImportDialog</name>
    <message>
        <source>Import references</source>
        <translation>Import references</translation>
    </message>
    <message>
        <source>&amp;Records that cannot be imported as they are</source>
        <translation>&amp;Records that cannot be imported as they are</translation>
    </message>
    <message>
        <source>Records left out or changed, by line</source>
        <translation>Records left out or changed, by line</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>What happens</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nothing was imported. %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 can be imported.</source>
        <translation>%1 (%2): %3 of %4 can be imported.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>record</translation>
    </message>
    <message>
        <source>records</source>
        <translation>records</translation>
    </message>
    <message>
        <source>%1 cannot be imported and will be left out.</source>
        <translation>%1 cannot be imported and will be left out.</translation>
    </message>
    <message>
        <source>%1 will be imported with a field shortened (marked in the text) or left out.</source>
        <translation>%1 will be imported with a field shortened (marked in the text) or left out.</translation>
    </message>
    <message>
        <source>field</source>
        <translation>field</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>fields</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Nothing is written until you press Import.</translation>
    </message>
    <message>
        <source>Record left out</source>
        <translation>Record left out</translation>
    </message>
    <message>
        <source>Imported, changed</source>
        <translation>Imported, changed</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>&amp;Import %1</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>reference</translation>
    </message>
    <message>
        <source>references</source>
        <translation>references</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>Imported %1 from %2</translation>
    </message>
    <message>
        <source> and %1</source>
        <translation> and %1</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>finding</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>findings</translation>
    </message>
    <message>
        <source>; %1 already in the library</source>
        <translation>; %1 already in the library</translation>
    </message>
    <message>
        <source> (%1 given identifiers they lacked)</source>
        <translation> (%1 given identifiers they lacked)</translation>
    </message>
    <message>
        <source>; %1 left out</source>
        <translation>; %1 left out</translation>
    </message>
    <message>
        <source>. Set each one&apos;s design to have it counted.</source>
        <translation>. Set each one&apos;s design to have it counted.</translation>
    </message>
</context>
<context>
    <name>ldn::ReminderDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>A reminder at night to log the day, from the system tray. It stays silent when the day is already logged. While a reminder is on, LDN Tracker keeps running in the tray when its window is closed, and starts there at login.</source>
        <translation>A reminder at night to log the day, from the system tray. It stays silent when the day is already logged. While a reminder is on, LDN Tracker keeps running in the tray when its window is closed, and starts there at login.</translation>
    </message>
    <message>
        <source>The diary could not be read: %1</source>
        <translation>The diary could not be read: %1</translation>
    </message>
    <message>
        <source>Remind me to log %1&apos;s day at</source>
        <translation>Remind me to log %1&apos;s day at</translation>
    </message>
    <message>
        <source>Nightly reminder for %1</source>
        <translation>Nightly reminder for %1</translation>
    </message>
    <message>
        <source>Time of %1&apos;s reminder</source>
        <translation>Time of %1&apos;s reminder</translation>
    </message>
    <message>
        <source>Save the reminders</source>
        <translation>Save the reminders</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>The reminders could not be saved: %1</source>
        <translation>The reminders could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>ldn::ReminderTray</name>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Reminders…</translation>
    </message>
    <message>
        <source>A nightly reminder to log the day, for each person</source>
        <translation>A nightly reminder to log the day, for each person</translation>
    </message>
    <message>
        <source>Reminders cannot work here: this desktop has no system tray (notification area) for LDN Tracker to wait in and remind you from.</source>
        <translation>Reminders cannot work here: this desktop has no system tray (notification area) for LDN Tracker to wait in and remind you from.</translation>
    </message>
    <message>
        <source>Time to log %1&apos;s day</source>
        <translation>Time to log %1&apos;s day</translation>
    </message>
    <message>
        <source>LDN Tracker: nightly reminders</source>
        <translation>LDN Tracker: nightly reminders</translation>
    </message>
    <message>
        <source>&amp;Log now</source>
        <translation>&amp;Log now</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Snooze %n minutes</source>
        <translation>
            <numerusform>&amp;Snooze %n minute</numerusform>
            <numerusform>&amp;Snooze %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open LDN Tracker</source>
        <translation>&amp;Open LDN Tracker</translation>
    </message>
    <message>
        <source>&amp;Quit LDN Tracker</source>
        <translation>&amp;Quit LDN Tracker</translation>
    </message>
    <message>
        <source>LDN Tracker</source>
        <translation>LDN Tracker</translation>
    </message>
    <message>
        <source>LDN Tracker cannot start itself at login: %1</source>
        <translation>LDN Tracker cannot start itself at login: %1</translation>
    </message>
    <message>
        <source>Tonight&apos;s dose and a few scores take a few seconds. Click here to log now, or snooze it from the tray menu.</source>
        <translation>Tonight&apos;s dose and a few scores take a few seconds. Click here to log now, or snooze it from the tray menu.</translation>
    </message>
    <message>
        <source>LDN Tracker is still running</source>
        <translation>LDN Tracker is still running</translation>
    </message>
    <message>
        <source>It waits in the tray to remind you at night. To quit it, choose Quit LDN Tracker from the tray icon&apos;s menu.</source>
        <translation>It waits in the tray to remind you at night. To quit it, choose Quit LDN Tracker from the tray icon&apos;s menu.</translation>
    </message>
</context>
<context>
    <name>ldn::ReportPage</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Save PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Dates in the report</source>
        <translation>Dates in the report</translation>
    </message>
    <message>
        <source>First day in the report</source>
        <translation>First day in the report</translation>
    </message>
    <message>
        <source>Last day in the report</source>
        <translation>Last day in the report</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Paper size</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;aper</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Notes written by carers (and other notes about days), each marked with who wrote it. Left out unless ticked.</source>
        <translation>Notes written by caregivers (and other notes about days), each marked with who wrote it. Left out unless ticked.</translation>
    </message>
    <message>
        <source>&amp;Questions for the doctor</source>
        <translation>&amp;Questions for the doctor</translation>
    </message>
    <message>
        <source>What you want to ask at the appointment. Printed near the end of the report; left out when empty.</source>
        <translation>What you want to ask at the appointment. Printed near the end of the report; left out when empty.</translation>
    </message>
    <message>
        <source>Preview of the report&apos;s pages</source>
        <translation>Preview of the report&apos;s pages</translation>
    </message>
    <message>
        <source>Choose a profile to make a report.</source>
        <translation>Choose a profile to make a report.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message>
        <source>1 page, %1</source>
        <translation>1 page, %1</translation>
    </message>
    <message>
        <source>%1 pages, %2</source>
        <translation>%1 pages, %2</translation>
    </message>
    <message>
        <source>Save the GP report</source>
        <translation>Save the doctor&apos;s report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>The report could not be saved. Check that the folder exists and that you may write to it.

%1</source>
        <translation>The report could not be saved. Check that the folder exists and that you may write to it.

%1</translation>
    </message>
    <message>
        <source>Print the GP report</source>
        <translation>Print the doctor&apos;s report</translation>
    </message>
    <message>
        <source>The report could not be printed.

%1</source>
        <translation>The report could not be printed.

%1</translation>
    </message>
    <message>
        <source>What goes into the report</source>
        <translation>What goes into the report</translation>
    </message>
</context>
<context>
    <name>ldn::ReviewBanner</name>
    <message>
        <source>Review mode</source>
        <translation>Review mode</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>Close review</translation>
    </message>
    <message>
        <source>Go back to your own diary (Ctrl+W)</source>
        <translation>Go back to your own diary (Ctrl+W)</translation>
    </message>
</context>
<context>
    <name>ldn::ScoreButtonRow</name>
    <message>
        <source>%1 score</source>
        <translation>%1 score</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>not scored</translation>
    </message>
</context>
<context>
    <name>ldn::SideEffectChecklist</name>
    <message>
        <source>severity</source>
        <translation>severity</translation>
    </message>
    <message>
        <source>Other side effect severity</source>
        <translation>Other side effect severity</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>%1 severity</translation>
    </message>
    <message>
        <source>Side effect: %1</source>
        <translation>Side effect: %1</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Other:</translation>
    </message>
    <message>
        <source>Other side effect</source>
        <translation>Other side effect</translation>
    </message>
    <message>
        <source>Name of the other side effect</source>
        <translation>Name of the other side effect</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>other side effect</source>
        <translation>other side effect</translation>
    </message>
    <message>
        <source>type its name, or untick it</source>
        <translation>type its name, or untick it</translation>
    </message>
    <message>
        <source>Also recorded for this day and kept when you save: %1.</source>
        <translation>Also recorded for this day and kept when you save: %1.</translation>
    </message>
</context>
<context>
    <name>ldn::StatisticTerms</name>
    <message>
        <source>I² says how much the pooled studies disagreed with each other: 0% not at all, above 75% a lot.</source>
        <translation>I² says how much the pooled studies disagreed with each other: 0% not at all, above 75% a lot.</translation>
    </message>
    <message>
        <source>A standardised mean difference compares groups in units of how much scores vary between people: about 0.2 is a small difference, 0.5 a medium one, 0.8 a large one.</source>
        <translation>A standardised mean difference compares groups in units of how much scores vary between people: about 0.2 is a small difference, 0.5 a medium one, 0.8 a large one.</translation>
    </message>
    <message>
        <source>A 95% confidence interval is the range the true value most likely lies in; when it includes no difference, the study cannot tell a difference from chance.</source>
        <translation>A 95% confidence interval is the range the true value most likely lies in; when it includes no difference, the study cannot tell a difference from chance.</translation>
    </message>
    <message>
        <source>p is how likely a difference at least this big would be by chance alone; below 0.05 is usually called significant.</source>
        <translation>p is how likely a difference at least this big would be by chance alone; below 0.05 is usually called significant.</translation>
    </message>
    <message>
        <source>A ratio of 1 means no difference between the groups; above 1, more often on LDN; below 1, less often.</source>
        <translation>A ratio of 1 means no difference between the groups; above 1, more often on LDN; below 1, less often.</translation>
    </message>
</context>
<context>
    <name>ldn::SummaryOfFindingsPanel</name>
    <message>
        <source>1 review</source>
        <translation>1 review</translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>%n review</numerusform>
            <numerusform>%n reviews</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source> (+%1 without n)</source>
        <translation> (+%1 without n)</translation>
    </message>
    <message>
        <source>Started High (randomised trials).</source>
        <translation>Started High (randomized trials).</translation>
    </message>
    <message>
        <source>Started Low (observational studies).</source>
        <translation>Started Low (observational studies).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary of findings&lt;/b&gt; — studies only; personal reports and advocacy are not counted</source>
        <translation>&lt;b&gt;Summary of findings&lt;/b&gt; — studies only; personal reports and advocacy are not counted</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Summary of findings</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Direction (studies)</source>
        <translation>Direction (studies)</translation>
    </message>
    <message>
        <source>Strongest design</source>
        <translation>Strongest design</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studies</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Certainty (GRADE)</source>
        <translation>Certainty (GRADE)</translation>
    </message>
    <message>
        <source> (your grade)</source>
        <translation> (your grade)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>not graded</translation>
    </message>
    <message>
        <source>Nothing to summarise: no study in the library counts for this condition.</source>
        <translation>Nothing to summarize: no study in the library counts for this condition.</translation>
    </message>
    <message>
        <source>Why: %1 is not graded yet (select a row to see its reasons).</source>
        <translation>Why: %1 is not graded yet (select a row to see its reasons).</translation>
    </message>
    <message>
        <source>Why %1 for %2? %3</source>
        <translation>Why %1 for %2? %3</translation>
    </message>
</context>
<context>
    <name>ldn::SymptomChartView</name>
    <message>
        <source>Symptom scores and LDN dose over time</source>
        <translation>Symptom scores and LDN dose over time</translation>
    </message>
    <message>
        <source>Symptom score (0–10)</source>
        <translation>Symptom score (0–10)</translation>
    </message>
    <message>
        <source>LDN dose (mg)</source>
        <translation>LDN dose (mg)</translation>
    </message>
    <message>
        <source>LDN dose</source>
        <translation>LDN dose</translation>
    </message>
    <message>
        <source>Dose change</source>
        <translation>Dose change</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Side effect</translation>
    </message>
    <message>
        <source>Missed dose</source>
        <translation>Missed dose</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Carer&apos;s note</source>
        <translation>Caregiver&apos;s note</translation>
    </message>
    <message>
        <source>Own note</source>
        <translation>Own note</translation>
    </message>
    <message>
        <source>%1 (daily scores)</source>
        <translation>%1 (daily scores)</translation>
    </message>
    <message>
        <source>Points: daily scores · lines: 7-day means · thick step line: LDN dose</source>
        <translation>Points: daily scores · lines: 7-day means · thick step line: LDN dose</translation>
    </message>
    <message>
        <source>speech bubbles: notes (filled: by a carer)</source>
        <translation>speech bubbles: notes (filled: by a caregiver)</translation>
    </message>
    <message>
        <source>Symptom scores and LDN dose</source>
        <translation>Symptom scores and LDN dose</translation>
    </message>
    <message>
        <source>Daily symptom scores (points), 7-day means (lines) and LDN dose (step line), made by LDN Tracker.</source>
        <translation>Daily symptom scores (points), 7-day means (lines) and LDN dose (step line), made by LDN Tracker.</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>Score (0–10)</translation>
    </message>
</context>
<context>
    <name>ldn::TrialStatusPanel</name>
    <message>
        <source>Trial</source>
        <translation>Trial</translation>
    </message>
    <message>
        <source>Trial stopping rules met</source>
        <translation>Trial stopping rules met</translation>
    </message>
    <message>
        <source>Trial of LDN agreed with the GP: starts on %1, in %2.</source>
        <translation>Trial of LDN agreed with your primary care doctor: starts on %1, in %2.</translation>
    </message>
    <message>
        <source>Trial of LDN agreed with the GP: baseline day %1 of %2, no LDN yet. Score every day: these days are what LDN will be compared with.</source>
        <translation>Trial of LDN agreed with your primary care doctor: baseline day %1 of %2, no LDN yet. Score every day: these days are what LDN will be compared with.</translation>
    </message>
    <message>
        <source>Trial of LDN agreed with the GP: day %1; review with the GP on %2, in %3.</source>
        <translation>Trial of LDN agreed with your primary care doctor: day %1; review with the doctor on %2, in %3.</translation>
    </message>
    <message>
        <source>Blinded trial: period %1 of %2 (day %3). Take today&apos;s trial capsule and score as usual; the last period ends on %4.</source>
        <translation>Blinded trial: period %1 of %2 (day %3). Take today&apos;s trial capsule and score as usual; the last period ends on %4.</translation>
    </message>
    <message>
        <source>Trial of LDN agreed with the GP: the review was due on %1. Take the GP report, with its trial review, to the appointment.</source>
        <translation>Trial of LDN agreed with your primary care doctor: the review was due on %1. Take the doctor&apos;s report, with its trial review, to the appointment.</translation>
    </message>
    <message>
        <source>Trial of LDN agreed with the GP: stopped on %1.</source>
        <translation>Trial of LDN agreed with your primary care doctor: stopped on %1.</translation>
    </message>
</context>
<context>
    <name>ldn::TrialVerdict</name>
    <message>
        <source>Too few days to judge %1: each pair needs at least %2 scored days after the washout in both its periods, and at least %3 pairs need them (%4 of %5 do).</source>
        <translation>Too few days to judge %1: each pair needs at least %2 scored days after the washout in both its periods, and at least %3 pairs need them (%4 of %5 do).</translation>
    </message>
    <message>
        <source>On LDN, %1 was the same on average as on placebo (over %2 pairs).</source>
        <translation>On LDN, %1 was the same on average as on placebo (over %2 pairs).</translation>
    </message>
    <message>
        <source>On LDN, %1 was %2 points higher (%3) on average than on placebo (over %4 pairs).</source>
        <translation>On LDN, %1 was %2 points higher (%3) on average than on placebo (over %4 pairs).</translation>
    </message>
    <message>
        <source>On LDN, %1 was %2 points lower (%3) on average than on placebo (over %4 pairs).</source>
        <translation>On LDN, %1 was %2 points lower (%3) on average than on placebo (over %4 pairs).</translation>
    </message>
    <message>
        <source>better</source>
        <translation>better</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>worse</translation>
    </message>
    <message>
        <source>That reaches the smallest change that matters to you (%1 points).</source>
        <translation>That reaches the smallest change that matters to you (%1 points).</translation>
    </message>
    <message>
        <source>That does not reach the smallest change that matters to you (%1 points).</source>
        <translation>That does not reach the smallest change that matters to you (%1 points).</translation>
    </message>
    <message>
        <source>Chance is an unlikely explanation: a difference at least this large would come from the random order alone in %1 of 100 such trials (p = %2).</source>
        <translation>Chance is an unlikely explanation: a difference at least this large would come from the random order alone in %1 of 100 such trials (p = %2).</translation>
    </message>
    <message>
        <source>Chance cannot be ruled out: a difference at least this large would come from the random order alone in %1 of 100 such trials (p = %2; with %3 pairs the smallest possible p is %4).</source>
        <translation>Chance cannot be ruled out: a difference at least this large would come from the random order alone in %1 of 100 such trials (p = %2; with %3 pairs the smallest possible p is %4).</translation>
    </message>
</context>
<context>
    <name>ldn::UserEvidenceDialog</name>
    <message>
        <source>Add a source or finding</source>
        <translation>Add a source or finding</translation>
    </message>
    <message>
        <source>Your entries are kept apart from the bundled evidence and labelled &quot;Your entry&quot;. Identifiers are checked, never looked up online.</source>
        <translation>Your entries are kept apart from the bundled evidence and labeled &quot;Your entry&quot;. Identifiers are checked, never looked up online.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Kind of source</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Authors</translation>
    </message>
    <message>
        <source>Surname A, Surname B</source>
        <translation>Surname A, Surname B</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>not known</translation>
    </message>
    <message>
        <source>Journal or publisher</source>
        <translation>Journal or publisher</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>10.NNNN/…</source>
        <translation>10.NNNN/…</translation>
    </message>
    <message>
        <source>PubMed id</source>
        <translation>PubMed id</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>digits</translation>
    </message>
    <message>
        <source>ClinicalTrials.gov number</source>
        <translation>ClinicalTrials.gov number</translation>
    </message>
    <message>
        <source>NCT + 8 digits</source>
        <translation>NCT + 8 digits</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Web address</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Published in a peer-reviewed journal</source>
        <translation>Published in a peer-reviewed journal</translation>
    </message>
    <message>
        <source>Peer reviewed</source>
        <translation>Peer reviewed</translation>
    </message>
    <message>
        <source>How far it was checked</source>
        <translation>How far it was checked</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Authors:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation>&amp;Journal:</translation>
    </message>
    <message>
        <source>&amp;DOI:</source>
        <translation>&amp;DOI:</translation>
    </message>
    <message>
        <source>&amp;PubMed id:</source>
        <translation>&amp;PubMed id:</translation>
    </message>
    <message>
        <source>&amp;NCT number:</source>
        <translation>&amp;NCT number:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Web address:</translation>
    </message>
    <message>
        <source>&amp;Checked against:</source>
        <translation>&amp;Checked against:</translation>
    </message>
    <message>
        <source>Finding (choose a condition first)</source>
        <translation>Finding (choose a condition first)</translation>
    </message>
    <message>
        <source>Also record a finding for %1</source>
        <translation>Also record a finding for %1</translation>
    </message>
    <message>
        <source>Also record a finding</source>
        <translation>Also record a finding</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>pain, fatigue, sleep…</source>
        <translation>pain, fatigue, sleep…</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Compared with</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Direction</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>not reported</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>What it found</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>Compared &amp;with:</source>
        <translation>Compared &amp;with:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>Di&amp;rection:</translation>
    </message>
    <message>
        <source>Partici&amp;pants (n):</source>
        <translation>Partici&amp;pants (n):</translation>
    </message>
    <message>
        <source>What it &amp;found:</source>
        <translation>What it &amp;found:</translation>
    </message>
    <message>
        <source>Edit your entry</source>
        <translation>Edit your entry</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Save changes</translation>
    </message>
</context>
<context>
    <name>ldn::UserGuideDialog</name>
    <message>
        <source>LDN Tracker User Guide</source>
        <translation>LDN Tracker User Guide</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>User guide</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Contents</translation>
    </message>
    <message>
        <source>Back to the top of the guide and its list of contents</source>
        <translation>Back to the top of the guide and its list of contents</translation>
    </message>
</context>
<context>
    <name>ldn::WelcomePage</name>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Choose what “%1” means below, or clear the field.</source>
        <translation>Choose what “%1” means below, or clear the field.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>The profile could not be saved: %1</translation>
    </message>
    <message>
        <source>The demo diary could not be saved: %1</source>
        <translation>The demo diary could not be saved: %1</translation>
    </message>
</context>
</TS>
