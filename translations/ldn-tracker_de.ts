<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdjustmentDialog</name>
    <message>
        <source>Change the plan</source>
        <translation>Plan ändern</translation>
    </message>
    <message>
        <source>Effective &amp;from</source>
        <translation>Gültig &amp;ab</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>The first day the change applies</source>
        <translation>Der erste Tag, für den die Änderung gilt</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Planned that day</source>
        <translation>An dem Tag geplant</translation>
    </message>
    <message>
        <source>Planned dose that day</source>
        <translation>Geplante Dosis an dem Tag</translation>
    </message>
    <message>
        <source>&amp;New dose</source>
        <translation>&amp;Neue Dosis</translation>
    </message>
    <message>
        <source>New dose</source>
        <translation>Neue Dosis</translation>
    </message>
    <message>
        <source>The dose from that day, in mg</source>
        <translation>Die Dosis ab diesem Tag, in mg</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Optional. Why the plan changes, for your records and your prescriber.</source>
        <translation>Freiwillig. Warum sich der Plan ändert – für Ihre Unterlagen und für die verschreibende Ärztin oder den verschreibenden Arzt.</translation>
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
        <translation>bei %1 ist höher besser</translation>
    </message>
    <message>
        <source>for %1, lower is better</source>
        <translation>bei %1 ist niedriger besser</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>Fewer than 3 days are scored before the change, too few for an interval.</source>
        <translation>Vor der Änderung sind weniger als 3 Tage bewertet – zu wenige für ein Intervall.</translation>
    </message>
    <message>
        <source>Fewer than 3 days are scored in the baseline, too few for an interval.</source>
        <translation>Im Ausgangszeitraum sind weniger als 3 Tage bewertet – zu wenige für ein Intervall.</translation>
    </message>
    <message>
        <source>Fewer than 3 days are scored after the change, too few for an interval.</source>
        <translation>Nach der Änderung sind weniger als 3 Tage bewertet – zu wenige für ein Intervall.</translation>
    </message>
    <message>
        <source>Fewer than 3 days are scored in the last 28 days, too few for an interval.</source>
        <translation>In den letzten 28 Tagen sind weniger als 3 Tage bewertet – zu wenige für ein Intervall.</translation>
    </message>
    <message>
        <source>Fewer than 8 days are scored on both sides together, too few for an interval.</source>
        <translation>Auf beiden Seiten zusammen sind weniger als 8 Tage bewertet – zu wenige für ein Intervall.</translation>
    </message>
    <message>
        <source>Every day on each side has the same score, so there is no spread to build an interval on.</source>
        <translation>Auf jeder Seite hat jeder Tag denselben Wert, es gibt also keine Streuung, auf der ein Intervall beruhen könnte.</translation>
    </message>
    <message>
        <source>The scores before lie on a straight line (for instance all the same), so the trend has no interval.</source>
        <translation>Die Werte davor liegen auf einer Geraden (zum Beispiel alle gleich), daher hat der Trend kein Intervall.</translation>
    </message>
    <message>
        <source>No dose of LDN is logged yet, so there is no before and after.</source>
        <translation>Es ist noch keine LDN-Dosis eingetragen, also gibt es kein Vorher und Nachher.</translation>
    </message>
    <message>
        <source>No baseline: no days at 0 mg are logged in the 4 weeks before the first dose of LDN, so the days now cannot be compared with the days before LDN.</source>
        <translation>Kein Ausgangswert: In den 4 Wochen vor der ersten LDN-Dosis sind keine Tage mit 0 mg eingetragen, daher lassen sich die Tage jetzt nicht mit den Tagen vor LDN vergleichen.</translation>
    </message>
    <message>
        <source>These dates end before the first dose of LDN.</source>
        <translation>Dieser Zeitraum endet vor der ersten LDN-Dosis.</translation>
    </message>
    <message>
        <source>already improving before</source>
        <translation>schon vorher besser werdend</translation>
    </message>
    <message>
        <source>already worsening before</source>
        <translation>schon vorher schlechter werdend</translation>
    </message>
    <message>
        <source>%1 points a week, 95% interval %2 to %3</source>
        <translation>%1 Punkte pro Woche, 95-%-Intervall %2 bis %3</translation>
    </message>
    <message>
        <source>%1 was already improving before this change (%2): part of the difference may not be the change&apos;s.</source>
        <translation>%1 wurde schon vor dieser Änderung besser (%2): Ein Teil des Unterschieds geht vielleicht nicht auf die Änderung zurück.</translation>
    </message>
    <message>
        <source>%1 was already improving during the baseline (%2).</source>
        <translation>%1 wurde schon im Ausgangszeitraum besser (%2).</translation>
    </message>
    <message>
        <source>%1 was already worsening before this change (%2): part of the difference may not be the change&apos;s.</source>
        <translation>%1 wurde schon vor dieser Änderung schlechter (%2): Ein Teil des Unterschieds geht vielleicht nicht auf die Änderung zurück.</translation>
    </message>
    <message>
        <source>%1 was getting worse during the baseline (%2).</source>
        <translation>%1 wurde im Ausgangszeitraum schlechter (%2).</translation>
    </message>
    <message>
        <source>No clear trend before this change (%1).</source>
        <translation>Kein klarer Trend vor dieser Änderung (%1).</translation>
    </message>
    <message>
        <source>No clear trend during the baseline (%1).</source>
        <translation>Kein klarer Trend im Ausgangszeitraum (%1).</translation>
    </message>
    <message>
        <source>Today&apos;s score tends to resemble yesterday&apos;s: intervals are wider to allow for it.</source>
        <translation>Der heutige Wert ähnelt oft dem von gestern: Die Intervalle sind deshalb breiter.</translation>
    </message>
    <message>
        <source>Lag-1 autocorrelation %1: today&apos;s score tends to resemble yesterday&apos;s, so the interval is wider to allow for it.</source>
        <translation>Autokorrelation (Lag 1) %1: Der heutige Wert ähnelt oft dem von gestern, deshalb ist das Intervall breiter.</translation>
    </message>
    <message>
        <source>Lag-1 autocorrelation %1: one day&apos;s score says little about the next.</source>
        <translation>Autokorrelation (Lag 1) %1: Der Wert eines Tages sagt wenig über den nächsten.</translation>
    </message>
    <message>
        <source>The 95% interval is Newey–West&apos;s: it allows for runs of good and bad days, so it is wider than one that treats every day as independent.</source>
        <translation>Das 95-%-Intervall ist nach Newey–West berechnet: Es berücksichtigt Folgen guter und schlechter Tage und ist daher breiter als eines, das jeden Tag als unabhängig behandelt.</translation>
    </message>
</context>
<context>
    <name>BlindedDesign</name>
    <message>
        <source>With %1 pairs the smallest possible p-value is %2: even if LDN helps every time, chance cannot be ruled out more firmly than that. Use %3 or more pairs for a firmer answer.</source>
        <translation>Mit %1 Paaren ist der kleinstmögliche p-Wert %2: Selbst wenn LDN jedes Mal hilft, lässt sich der Zufall nicht sicherer ausschließen. Für eine belastbarere Antwort nehmen Sie %3 oder mehr Paare.</translation>
    </message>
    <message>
        <source>With %1 pairs the smallest possible p-value is %2, reached only when every pair points the same way.</source>
        <translation>Mit %1 Paaren ist der kleinstmögliche p-Wert %2; er wird nur erreicht, wenn jedes Paar in dieselbe Richtung zeigt.</translation>
    </message>
</context>
<context>
    <name>ChangeVerdict</name>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>no clear change</source>
        <translation>keine klare Änderung</translation>
    </message>
</context>
<context>
    <name>CsvDateFormat</name>
    <message>
        <source>ISO (yyyy-mm-dd)</source>
        <translation>ISO (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>UK (dd/mm/yyyy)</source>
        <translation>Tag zuerst, wie in Deutschland (TT/MM/JJJJ)</translation>
    </message>
    <message>
        <source>US (mm/dd/yyyy)</source>
        <translation>Monat zuerst, wie in den USA (MM/TT/JJJJ)</translation>
    </message>
    <message>
        <source>Excel day numbers (45730 = 2025-03-14)</source>
        <translation>Excel-Tageszahlen (45730 = 2025-03-14)</translation>
    </message>
</context>
<context>
    <name>CsvField</name>
    <message>
        <source>Ignore</source>
        <translation>Nicht verwenden</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Date and time taken</source>
        <translation>Datum und Uhrzeit der Einnahme</translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <source>Missed dose</source>
        <translation>Dosis ausgelassen</translation>
    </message>
    <message>
        <source>Time taken</source>
        <translation>Uhrzeit der Einnahme</translation>
    </message>
    <message>
        <source>Formulation</source>
        <translation>Darreichungsform</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotheke</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Symptom score</source>
        <translation>Symptomwert</translation>
    </message>
    <message>
        <source>New symptom</source>
        <translation>Neues Symptom</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>DayLogPage</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Date of the day to log</source>
        <translation>Datum des einzutragenden Tages</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Show the day before (Alt+Left)</source>
        <translation>Den Tag davor zeigen (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation>Vorheriger Tag</translation>
    </message>
    <message>
        <source>‹ Previous day</source>
        <translation>‹ Vorheriger Tag</translation>
    </message>
    <message>
        <source>Show the day after (Alt+Right)</source>
        <translation>Den Tag danach zeigen (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next day</source>
        <translation>Nächster Tag</translation>
    </message>
    <message>
        <source>Next day ›</source>
        <translation>Nächster Tag ›</translation>
    </message>
    <message>
        <source>Whether this day is logged</source>
        <translation>Ob dieser Tag eingetragen ist</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Dose taken</source>
        <translation>Dosis genommen</translation>
    </message>
    <message>
        <source>The arrow keys choose between dose taken, no LDN today and missed dose.</source>
        <translation>Mit den Pfeiltasten wählen Sie zwischen „Dosis genommen“, „Heute kein LDN“ und „Dosis ausgelassen“.</translation>
    </message>
    <message>
        <source>Dose &amp;taken</source>
        <translation>Dosis &amp;genommen</translation>
    </message>
    <message>
        <source>Dose in milligrams</source>
        <translation>Dosis in Milligramm</translation>
    </message>
    <message>
        <source>The dose taken. A number alone is in the profile&apos;s unit; 500mcg or 0.5mg may be typed with its unit. A dash means no dose is entered yet. Enter confirms it and goes to the first score.</source>
        <translation>Die genommene Dosis. Eine Zahl allein gilt in der Einheit des Profils; 500mcg oder 0,5mg können mit Einheit eingegeben werden. Ein Strich bedeutet: noch keine Dosis eingegeben. Die Eingabetaste bestätigt und springt zum ersten Wert.</translation>
    </message>
    <message>
        <source>No LDN today, 0 mg</source>
        <translation>Heute kein LDN, 0 mg</translation>
    </message>
    <message>
        <source>A deliberate day without LDN, such as a baseline day or a planned pause. Not a missed dose.</source>
        <translation>Ein bewusster Tag ohne LDN, etwa ein Ausgangstag oder eine geplante Pause. Keine ausgelassene Dosis.</translation>
    </message>
    <message>
        <source>A deliberate day without LDN: a baseline day or a planned pause. Saved as 0 mg, not as missed.</source>
        <translation>Ein bewusster Tag ohne LDN: ein Ausgangstag oder eine geplante Pause. Wird als 0 mg gespeichert, nicht als ausgelassen.</translation>
    </message>
    <message>
        <source>No &amp;LDN today (0 mg)</source>
        <translation>Heute kein &amp;LDN (0 mg)</translation>
    </message>
    <message>
        <source>Missed dose</source>
        <translation>Dosis ausgelassen</translation>
    </message>
    <message>
        <source>The dose was meant to be taken and was not.</source>
        <translation>Die Dosis sollte genommen werden und wurde es nicht.</translation>
    </message>
    <message>
        <source>&amp;Missed dose</source>
        <translation>Dosis &amp;ausgelassen</translation>
    </message>
    <message>
        <source>Titration plan for this day</source>
        <translation>Aufdosierungsplan für diesen Tag</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <source>Time the dose was taken</source>
        <translation>Uhrzeit der Einnahme</translation>
    </message>
    <message>
        <source>HH:mm</source>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>Fo&amp;rm</source>
        <translation>Dar&amp;reichungsform</translation>
    </message>
    <message>
        <source>Formulation</source>
        <translation>Darreichungsform</translation>
    </message>
    <message>
        <source>Ph&amp;armacy</source>
        <translation>A&amp;potheke</translation>
    </message>
    <message>
        <source>Pharmacy</source>
        <translation>Apotheke</translation>
    </message>
    <message>
        <source>&amp;Batch</source>
        <translation>&amp;Charge</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Sym&amp;ptom scores, 0 to 10 (– means not scored)</source>
        <translation>Sym&amp;ptomwerte, 0 bis 10 (– heißt: nicht bewertet)</translation>
    </message>
    <message>
        <source>Side &amp;effects (tick what you noticed, then its severity)</source>
        <translation>N&amp;ebenwirkungen (ankreuzen, was Ihnen aufgefallen ist, dann die Stärke)</translation>
    </message>
    <message>
        <source>Eve&amp;nts</source>
        <translation>Ereig&amp;nisse</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;otiz</translation>
    </message>
    <message>
        <source>Note for the day</source>
        <translation>Notiz zum Tag</translation>
    </message>
    <message>
        <source>Anything else about the day (optional)</source>
        <translation>Sonst noch etwas zum Tag (freiwillig)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save this day (Ctrl+S or Ctrl+Return)</source>
        <translation>Diesen Tag speichern (Strg+S oder Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Save day (Ctrl+S)</source>
        <translation>Tag &amp;speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Fill every field from the most recent logged day before this date (Ctrl+Y)</source>
        <translation>Alle Felder vom letzten eingetragenen Tag vor diesem Datum übernehmen (Strg+Y)</translation>
    </message>
    <message>
        <source>&amp;Copy yesterday (Ctrl+Y)</source>
        <translation>Wie gestern ü&amp;bernehmen (Strg+Y)</translation>
    </message>
    <message>
        <source>Start this day again from a blank form; nothing saved is deleted</source>
        <translation>Diesen Tag mit einem leeren Formular neu beginnen; nichts Gespeichertes wird gelöscht</translation>
    </message>
    <message>
        <source>Clear form</source>
        <translation>Formular leeren</translation>
    </message>
    <message>
        <source>Add one of your own symptoms to score (for example energy or joint stiffness)</source>
        <translation>Ein eigenes Symptom zum Bewerten hinzufügen (zum Beispiel Energie oder Gelenksteifigkeit)</translation>
    </message>
    <message>
        <source>Add s&amp;ymptom…</source>
        <translation>S&amp;ymptom hinzufügen …</translation>
    </message>
    <message>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <source>The day&apos;s form</source>
        <translation>Das Formular des Tages</translation>
    </message>
</context>
<context>
    <name>DefaultSymptoms</name>
    <message>
        <source>pain</source>
        <translation>Schmerzen</translation>
    </message>
    <message>
        <source>fatigue</source>
        <translation>Erschöpfung</translation>
    </message>
    <message>
        <source>sleep quality</source>
        <translation>Schlafqualität</translation>
    </message>
    <message>
        <source>brain fog</source>
        <translation>Gehirnnebel</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>Stimmung</translation>
    </message>
</context>
<context>
    <name>DesignBadge</name>
    <message>
        <source>Systematic review</source>
        <translation>Systematische Übersicht</translation>
    </message>
    <message>
        <source>RCT (parallel)</source>
        <translation>RCT (parallel)</translation>
    </message>
    <message>
        <source>RCT (crossover)</source>
        <translation>RCT (Crossover)</translation>
    </message>
    <message>
        <source>Controlled (randomisation unknown)</source>
        <translation>Kontrolliert (Randomisierung unbekannt)</translation>
    </message>
    <message>
        <source>Open-label / single-blind</source>
        <translation>Offen / einfach verblindet</translation>
    </message>
    <message>
        <source>Retrospective</source>
        <translation>Retrospektiv</translation>
    </message>
    <message>
        <source>Case series / report</source>
        <translation>Fallserie / Fallbericht</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>Leitlinie</translation>
    </message>
    <message>
        <source>Mechanism</source>
        <translation>Mechanismus</translation>
    </message>
    <message>
        <source>Registered trial / protocol</source>
        <translation>Registrierte Studie / Protokoll</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Nicht eingeordnet</translation>
    </message>
    <message>
        <source>Personal report</source>
        <translation>Persönlicher Bericht</translation>
    </message>
    <message>
        <source>News / advocacy</source>
        <translation>Nachrichten / Fürsprache</translation>
    </message>
</context>
<context>
    <name>DesktopApplication</name>
    <message>
        <source>LDN Tracker cannot open your diary.</source>
        <translation>LDN Tracker kann Ihr Tagebuch nicht öffnen.</translation>
    </message>
    <message>
        <source>Today&apos;s backup: %1</source>
        <translation>Heutige Sicherung: %1</translation>
    </message>
    <message>
        <source>The daily backup was not made: %1</source>
        <translation>Die tägliche Sicherung wurde nicht angelegt: %1</translation>
    </message>
    <message>
        <source>%1 cannot be opened for review.

%2</source>
        <translation>%1 kann nicht zur Durchsicht geöffnet werden.

%2</translation>
    </message>
</context>
<context>
    <name>DiaryPage</name>
    <message>
        <source>Diary summary</source>
        <translation>Tagebuch-Übersicht</translation>
    </message>
    <message>
        <source>No days are logged yet. Days you log appear here.</source>
        <translation>Es sind noch keine Tage eingetragen. Eingetragene Tage erscheinen hier.</translation>
    </message>
    <message>
        <source>Diary days, newest first</source>
        <translation>Tagebuchtage, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>DiaryVocabulary</name>
    <message>
        <source>vivid dreams</source>
        <translation>lebhafte Träume</translation>
    </message>
    <message>
        <source>insomnia</source>
        <translation>Schlaflosigkeit</translation>
    </message>
    <message>
        <source>headache</source>
        <translation>Kopfschmerzen</translation>
    </message>
    <message>
        <source>nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation>Angst</translation>
    </message>
    <message>
        <source>fatigue after dose</source>
        <translation>Erschöpfung nach der Einnahme</translation>
    </message>
    <message>
        <source>infection</source>
        <translation>Infekt</translation>
    </message>
    <message>
        <source>crash after exertion</source>
        <translation>Crash nach Anstrengung</translation>
    </message>
    <message>
        <source>period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>stressful day</source>
        <translation>belastender Tag</translation>
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
            <numerusform>%1 mg (%n Mikrogramm)</numerusform>
            <numerusform>%1 mg (%n Mikrogramm)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 without a unit reads as %1 mg, far above the usual LDN range of 0.1–10 mg; full-dose naltrexone is 50 mg.</source>
        <translation>%1 ohne Einheit wird als %1 mg gelesen – weit über dem üblichen LDN-Bereich von 0,1–10 mg; Naltrexon in voller Dosis sind 50 mg.</translation>
    </message>
    <message>
        <source>Did you mean %1?</source>
        <translation>Meinten Sie %1?</translation>
    </message>
    <message>
        <source>%1 mg is far above the usual LDN range of 0.1–10 mg; full-dose naltrexone is 50 mg.</source>
        <translation>%1 mg liegt weit über dem üblichen LDN-Bereich von 0,1–10 mg; Naltrexon in voller Dosis sind 50 mg.</translation>
    </message>
    <message>
        <source>%1 mg is below the usual LDN range of 0.1–10 mg.</source>
        <translation>%1 mg liegt unter dem üblichen LDN-Bereich von 0,1–10 mg.</translation>
    </message>
    <message>
        <source>Did you mean %1 mg?</source>
        <translation>Meinten Sie %1 mg?</translation>
    </message>
    <message>
        <source>Save %1 mg anyway?</source>
        <translation>%1 mg trotzdem speichern?</translation>
    </message>
    <message>
        <source>Check the dose</source>
        <translation>Dosis prüfen</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>Ja, %1</translation>
    </message>
    <message>
        <source>No, %1 mg</source>
        <translation>Nein, %1 mg</translation>
    </message>
</context>
<context>
    <name>EstimateGap</name>
    <message>
        <source>too few days</source>
        <translation>zu wenige Tage</translation>
    </message>
    <message>
        <source>no spread</source>
        <translation>keine Streuung</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>kein Vergleich</translation>
    </message>
</context>
<context>
    <name>EvidenceVocabulary</name>
    <message>
        <source>Autoimmune</source>
        <translation>Autoimmunerkrankungen</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Krebs</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Suggested as a possible use</source>
        <translation>Als mögliche Anwendung vorgeschlagen</translation>
    </message>
    <message>
        <source>Bundled evidence pack</source>
        <translation>Mitgelieferte Studienbibliothek</translation>
    </message>
    <message>
        <source>Your own entry</source>
        <translation>Ihr eigener Eintrag</translation>
    </message>
    <message>
        <source>Systematic review / meta-analysis</source>
        <translation>Systematische Übersicht / Metaanalyse</translation>
    </message>
    <message>
        <source>Randomised controlled trial (parallel groups)</source>
        <translation>Randomisierte kontrollierte Studie (parallele Gruppen)</translation>
    </message>
    <message>
        <source>Randomised controlled trial (crossover)</source>
        <translation>Randomisierte kontrollierte Studie (Crossover)</translation>
    </message>
    <message>
        <source>Controlled trial, randomisation not reported</source>
        <translation>Kontrollierte Studie, Randomisierung nicht berichtet</translation>
    </message>
    <message>
        <source>Single-blind / open-label before-after study</source>
        <translation>Einfach verblindete / offene Vorher-nachher-Studie</translation>
    </message>
    <message>
        <source>Retrospective chart review / cohort</source>
        <translation>Retrospektive Aktenauswertung / Kohorte</translation>
    </message>
    <message>
        <source>Case series / case report</source>
        <translation>Fallserie / Fallbericht</translation>
    </message>
    <message>
        <source>Guideline (a position, not a study)</source>
        <translation>Leitlinie (eine Position, keine Studie)</translation>
    </message>
    <message>
        <source>Trial registration / protocol (no results yet)</source>
        <translation>Studienregistrierung / Protokoll (noch keine Ergebnisse)</translation>
    </message>
    <message>
        <source>Mechanism-based reasoning</source>
        <translation>Überlegung zum Wirkmechanismus</translation>
    </message>
    <message>
        <source>Personal report / anecdote</source>
        <translation>Persönlicher Bericht / Erfahrungsbericht</translation>
    </message>
    <message>
        <source>News / advocacy</source>
        <translation>Nachrichten / Fürsprache</translation>
    </message>
    <message>
        <source>Unclassified reference (design not set yet)</source>
        <translation>Nicht eingeordnete Quelle (Design noch nicht festgelegt)</translation>
    </message>
    <message>
        <source>Checked against the full text</source>
        <translation>Am Volltext geprüft</translation>
    </message>
    <message>
        <source>Checked against the abstract</source>
        <translation>Am Abstract geprüft</translation>
    </message>
    <message>
        <source>Taken from a secondary source</source>
        <translation>Aus einer Sekundärquelle übernommen</translation>
    </message>
    <message>
        <source>Unconfirmed</source>
        <translation>Unbestätigt</translation>
    </message>
    <message>
        <source>placebo</source>
        <translation>Placebo</translation>
    </message>
    <message>
        <source>active treatment</source>
        <translation>aktive Behandlung</translation>
    </message>
    <message>
        <source>baseline only (no control group)</source>
        <translation>nur Ausgangswert (keine Kontrollgruppe)</translation>
    </message>
    <message>
        <source>no comparator</source>
        <translation>kein Vergleich</translation>
    </message>
    <message>
        <source>comparator not reported</source>
        <translation>Vergleich nicht berichtet</translation>
    </message>
    <message>
        <source>benefit</source>
        <translation>Nutzen</translation>
    </message>
    <message>
        <source>no difference</source>
        <translation>kein Unterschied</translation>
    </message>
    <message>
        <source>harm</source>
        <translation>Schaden</translation>
    </message>
    <message>
        <source>mixed</source>
        <translation>gemischt</translation>
    </message>
    <message>
        <source>unclear</source>
        <translation>unklar</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Sehr niedrig</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderat</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>risk of bias</source>
        <translation>Verzerrungsrisiko</translation>
    </message>
    <message>
        <source>inconsistency</source>
        <translation>Inkonsistenz</translation>
    </message>
    <message>
        <source>indirectness</source>
        <translation>Indirektheit</translation>
    </message>
    <message>
        <source>imprecision</source>
        <translation>Ungenauigkeit</translation>
    </message>
    <message>
        <source>publication bias</source>
        <translation>Publikationsbias</translation>
    </message>
    <message>
        <source>large effect</source>
        <translation>großer Effekt</translation>
    </message>
    <message>
        <source>dose-response gradient</source>
        <translation>Dosis-Wirkungs-Beziehung</translation>
    </message>
    <message>
        <source>confounding working against the effect</source>
        <translation>Störfaktoren, die dem Effekt entgegenwirken</translation>
    </message>
    <message>
        <source>randomised trials (start High)</source>
        <translation>randomisierte Studien (Ausgangsstufe hoch)</translation>
    </message>
    <message>
        <source>observational studies (start Low)</source>
        <translation>Beobachtungsstudien (Ausgangsstufe niedrig)</translation>
    </message>
    <message>
        <source>Randomised trials have tested LDN for this condition</source>
        <translation>LDN wurde für diese Erkrankung in randomisierten Studien geprüft</translation>
    </message>
    <message>
        <source>No randomised trial: only non-randomised studies (open-label, chart reviews, case series)</source>
        <translation>Keine randomisierte Studie: nur nicht randomisierte Untersuchungen (offen, Aktenauswertungen, Fallserien)</translation>
    </message>
    <message>
        <source>No trial evidence: only personal reports and advocacy claims, which are not evidence of benefit</source>
        <translation>Keine Studienbelege: nur persönliche Berichte und Behauptungen von Fürsprechern – das sind keine Belege für einen Nutzen</translation>
    </message>
    <message>
        <source>No studies or reports of LDN for this condition in the library</source>
        <translation>Keine Studien und keine Berichte zu LDN bei dieser Erkrankung in der Bibliothek</translation>
    </message>
</context>
<context>
    <name>Formulation</name>
    <message>
        <source>Capsule</source>
        <translation>Kapsel</translation>
    </message>
    <message>
        <source>Liquid</source>
        <translation>Lösung</translation>
    </message>
    <message>
        <source>Tablet</source>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Sublingual</source>
        <translation>Sublingual</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>Creme</translation>
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
        <translation>&amp;Profil:</translation>
    </message>
    <message>
        <source>Active profile</source>
        <translation>Aktives Profil</translation>
    </message>
    <message>
        <source>No profile yet</source>
        <translation>Noch kein Profil</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Diary</source>
        <translation>Tagebuch</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Plan &amp;&amp; medicines</source>
        <translation>Plan &amp;&amp; Medikamente</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Studienlage</translation>
    </message>
    <message>
        <source>GP report</source>
        <translation>Hausarztbericht</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>P&amp;rofile</source>
        <translation>P&amp;rofil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Neues Profil …</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Add a profile for another person</source>
        <translation>Ein Profil für eine weitere Person anlegen</translation>
    </message>
    <message>
        <source>Add a &amp;note about the day…</source>
        <translation>&amp;Notiz zum Tag hinzufügen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add a note about the day shown on the Today tab, by a carer or by you</source>
        <translation>Eine Notiz zu dem Tag, der unter „Heute“ gezeigt wird – von einer Betreuungsperson oder von Ihnen</translation>
    </message>
    <message>
        <source>&amp;Open diary for review…</source>
        <translation>Tagebuch zur Durchsicht ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Look through another person&apos;s diary file read-only, and make their GP report</source>
        <translation>Die Tagebuchdatei einer anderen Person schreibgeschützt ansehen und ihren Hausarztbericht erstellen</translation>
    </message>
    <message>
        <source>&amp;Close review</source>
        <translation>Durchsicht &amp;schließen</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Go back to your own diary</source>
        <translation>Zurück zu Ihrem eigenen Tagebuch</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;Diary</source>
        <translation>&amp;Tagebuch</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Plan and medicines</source>
        <translation>&amp;Plan und Medikamente</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Studienlage</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;GP report</source>
        <translation>Hausarzt&amp;bericht</translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>&amp;Edit profile…</source>
        <translation>Profil &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Rename this profile, change its conditions, and add, rename or retire its symptoms</source>
        <translation>Dieses Profil umbenennen, seine Erkrankungen ändern und Symptome hinzufügen, umbenennen oder stilllegen</translation>
    </message>
    <message>
        <source>&amp;Remove profile…</source>
        <translation>Profil &amp;entfernen …</translation>
    </message>
    <message>
        <source>Remove this profile and its diary (a backup is made first, and it can be undone)</source>
        <translation>Dieses Profil und sein Tagebuch entfernen (vorher wird eine Sicherung angelegt, und es lässt sich rückgängig machen)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is</source>
        <translation>Hell oder dunkel wie der Desktop</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Dunkle Schrift auf hellem Hintergrund</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds, easier on the eyes at night</source>
        <translation>Helle Schrift auf dunklem Hintergrund, nachts angenehmer für die Augen</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>How to use LDN Tracker, for patients and carers</source>
        <translation>Wie man LDN Tracker benutzt – für Patientinnen, Patienten und Betreuungspersonen</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About LDN Tracker</source>
        <translation>Ü&amp;ber LDN Tracker</translation>
    </message>
</context>
<context>
    <name>MedicationSafety</name>
    <message>
        <source>opioid</source>
        <translation>Opioide</translation>
    </message>
    <message>
        <source>Do not take LDN with opioid medicines: naltrexone blocks them, which can bring on withdrawal or stop the pain relief. Talk to your prescriber before starting LDN.</source>
        <translation>Nehmen Sie LDN nicht zusammen mit Opioiden: Naltrexon blockiert sie, was Entzugserscheinungen auslösen oder die Schmerzlinderung aufheben kann. Sprechen Sie vor Beginn mit der verordnenden Ärztin oder dem verordnenden Arzt.</translation>
    </message>
    <message>
        <source>immunosuppressant</source>
        <translation>Immunsuppressiva</translation>
    </message>
    <message>
        <source>This medicine suppresses the immune system. LDN is thought to act on the immune system too; ask your prescriber before combining them, especially after an organ transplant.</source>
        <translation>Dieses Medikament unterdrückt das Immunsystem. LDN wirkt vermutlich ebenfalls auf das Immunsystem; fragen Sie vor der Kombination die verordnende Ärztin oder den verordnenden Arzt, besonders nach einer Organtransplantation.</translation>
    </message>
    <message>
        <source>thyroid hormone</source>
        <translation>Schilddrüsenhormone</translation>
    </message>
    <message>
        <source>With thyroid hormone (for example in Hashimoto&apos;s), start LDN low: the thyroid dose may need reviewing, so ask for your thyroid levels to be checked.</source>
        <translation>Mit Schilddrüsenhormon (zum Beispiel bei Hashimoto) LDN niedrig beginnen: Die Schilddrüsendosis muss vielleicht angepasst werden; lassen Sie Ihre Schilddrüsenwerte kontrollieren.</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>%1, an opioid, was stopped on %2 (%3). The trials of LDN left out anyone who had taken an opioid in the 15 days to 4 weeks before: ask your prescriber before taking LDN.</source>
        <translation>%1, ein Opioid, wurde am %2 abgesetzt (%3). Die Studien zu LDN schlossen alle aus, die in den 15 Tagen bis 4 Wochen davor ein Opioid genommen hatten: Fragen Sie vor der Einnahme von LDN die verordnende Ärztin oder den verordnenden Arzt.</translation>
    </message>
</context>
<context>
    <name>NewProfileDialog</name>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>A profile holds one person&apos;s diary: yours, or that of someone you care for.</source>
        <translation>Ein Profil enthält das Tagebuch einer Person: Ihres oder das eines Menschen, den Sie betreuen.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Erkrankungen</translation>
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
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>can&apos;t tell</source>
        <translation>nicht zu sagen</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Titration plan</source>
        <translation>Aufdosierungsplan</translation>
    </message>
    <message>
        <source>A plan works out the dose for each day: start low, step up at a steady pace, and stay at the target. You can hold, step down or change the dose later.</source>
        <translation>Ein Plan legt die Dosis für jeden Tag fest: niedrig beginnen, gleichmäßig steigern und bei der Zieldosis bleiben. Sie können die Dosis später halten, senken oder ändern.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>&amp;Standard — 1.5 mg, then 1.5 mg more every 2 weeks, up to 4.5 mg</source>
        <translation>&amp;Standard – 1,5 mg, dann alle 2 Wochen 1,5 mg mehr, bis 4,5 mg</translation>
    </message>
    <message>
        <source>Standard plan</source>
        <translation>Standardplan</translation>
    </message>
    <message>
        <source>&amp;Weekly — 1 mg, then 1 mg more every week, up to 4.5 mg</source>
        <translation>&amp;Wöchentlich – 1 mg, dann jede Woche 1 mg mehr, bis 4,5 mg</translation>
    </message>
    <message>
        <source>Weekly plan</source>
        <translation>Wöchentlicher Plan</translation>
    </message>
    <message>
        <source>S&amp;ensitive — 0.5 mg, then 0.5 mg more every 2 weeks, up to 4.5 mg; often used in ME/CFS and Long Covid</source>
        <translation>&amp;Behutsam – 0,5 mg, dann alle 2 Wochen 0,5 mg mehr, bis 4,5 mg; oft bei ME/CFS und Long Covid</translation>
    </message>
    <message>
        <source>Sensitive plan</source>
        <translation>Behutsamer Plan</translation>
    </message>
    <message>
        <source>&amp;Custom — your own numbers, for example from your prescriber</source>
        <translation>&amp;Eigener Plan – Ihre eigenen Zahlen, zum Beispiel von Ihrer Ärztin oder Ihrem Arzt</translation>
    </message>
    <message>
        <source>Custom plan</source>
        <translation>Eigener Plan</translation>
    </message>
    <message>
        <source>Start &amp;date</source>
        <translation>Start&amp;datum</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <source>The first day of the plan</source>
        <translation>Der erste Tag des Plans</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>Start d&amp;ose</source>
        <translation>Start&amp;dosis</translation>
    </message>
    <message>
        <source>Start dose</source>
        <translation>Startdosis</translation>
    </message>
    <message>
        <source>The dose for the first days, in mg</source>
        <translation>Die Dosis der ersten Tage, in mg</translation>
    </message>
    <message>
        <source>Ste&amp;p</source>
        <translation>Sc&amp;hritt</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>How much the dose goes up at each step, in mg</source>
        <translation>Um wie viel die Dosis bei jedem Schritt steigt, in mg</translation>
    </message>
    <message>
        <source>E&amp;very</source>
        <translation>&amp;Alle</translation>
    </message>
    <message>
        <source>Days between steps</source>
        <translation>Tage zwischen den Schritten</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>&amp;Target</source>
        <translation>&amp;Ziel</translation>
    </message>
    <message>
        <source>Target dose</source>
        <translation>Zieldosis</translation>
    </message>
    <message>
        <source>The dose the plan climbs to and then stays at, in mg</source>
        <translation>Die Dosis, bis zu der der Plan steigt und bei der er dann bleibt, in mg</translation>
    </message>
    <message>
        <source>&amp;Maximum</source>
        <translation>&amp;Höchstens</translation>
    </message>
    <message>
        <source>Maximum dose</source>
        <translation>Höchstdosis</translation>
    </message>
    <message>
        <source>No later change of the plan may set a dose above this, in mg</source>
        <translation>Keine spätere Änderung des Plans darf eine Dosis darüber festlegen, in mg</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>Schedule preview</source>
        <translation>Vorschau des Ablaufs</translation>
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
        <translation>Aufdosierungsplan</translation>
    </message>
    <message>
        <source>Today&apos;s plan</source>
        <translation>Heutiger Plan</translation>
    </message>
    <message>
        <source>There is no titration plan yet. A plan works out the dose for each day: it starts low and steps up at a steady pace until the target.</source>
        <translation>Es gibt noch keinen Aufdosierungsplan. Ein Plan legt die Dosis für jeden Tag fest: Er beginnt niedrig und steigert gleichmäßig bis zur Zieldosis.</translation>
    </message>
    <message>
        <source>Set up a plan…</source>
        <translation>Plan anlegen …</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Neuer Plan …</translation>
    </message>
    <message>
        <source>Start a new plan; the current one stays in the history</source>
        <translation>Einen neuen Plan beginnen; der jetzige bleibt im Verlauf</translation>
    </message>
    <message>
        <source>&amp;Hold…</source>
        <translation>&amp;Halten …</translation>
    </message>
    <message>
        <source>Stay on the current dose, with no further steps until you resume</source>
        <translation>Bei der jetzigen Dosis bleiben, ohne weitere Schritte, bis Sie fortsetzen</translation>
    </message>
    <message>
        <source>Step &amp;down…</source>
        <translation>&amp;Senken …</translation>
    </message>
    <message>
        <source>Go down to a lower dose (half by default) and hold there</source>
        <translation>Auf eine niedrigere Dosis gehen (standardmäßig die Hälfte) und dort bleiben</translation>
    </message>
    <message>
        <source>&amp;Resume…</source>
        <translation>&amp;Fortsetzen …</translation>
    </message>
    <message>
        <source>Climb again from the current dose</source>
        <translation>Von der jetzigen Dosis aus weiter steigern</translation>
    </message>
    <message>
        <source>Set d&amp;ose…</source>
        <translation>D&amp;osis festlegen …</translation>
    </message>
    <message>
        <source>Move to a dose of your choice and keep climbing from there</source>
        <translation>Zu einer Dosis Ihrer Wahl wechseln und von dort weiter steigern</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>History, newest first</source>
        <translation>Verlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Plan history, newest first</source>
        <translation>Planverlauf, neueste zuerst</translation>
    </message>
    <message>
        <source>Days that differed from the plan</source>
        <translation>Tage mit Abweichung vom Plan</translation>
    </message>
    <message>
        <source>No deviations: every logged day followed the plan.</source>
        <translation>Keine Abweichungen: Jeder eingetragene Tag folgte dem Plan.</translation>
    </message>
    <message>
        <source>Days that differed from the plan, newest first</source>
        <translation>Tage mit Abweichung vom Plan, neueste zuerst</translation>
    </message>
    <message>
        <source>Other medicines</source>
        <translation>Andere Medikamente</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>No other medicines are listed. Add the ones you take, so interactions with LDN can be flagged.</source>
        <translation>Es sind keine anderen Medikamente eingetragen. Tragen Sie ein, was Sie nehmen, damit Wechselwirkungen mit LDN angezeigt werden können.</translation>
    </message>
    <message>
        <source>Mark &amp;stopped…</source>
        <translation>Als &amp;abgesetzt markieren …</translation>
    </message>
    <message>
        <source>Mark the selected medicine as stopped</source>
        <translation>Das ausgewählte Medikament als abgesetzt markieren</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected medicine</source>
        <translation>Das ausgewählte Medikament entfernen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the removal</source>
        <translation>Das Entfernen rückgängig machen</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Ein Medikament hinzufügen</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>Na&amp;me</translation>
    </message>
    <message>
        <source>Medicine name</source>
        <translation>Name des Medikaments</translation>
    </message>
    <message>
        <source>e.g. Levothyroxine</source>
        <translation>z. B. Levothyroxin</translation>
    </message>
    <message>
        <source>Dose &amp;text</source>
        <translation>Dosis (&amp;Text)</translation>
    </message>
    <message>
        <source>Medicine dose</source>
        <translation>Dosis des Medikaments</translation>
    </message>
    <message>
        <source>Optional. The dose as written on the label.</source>
        <translation>Freiwillig. Die Dosis, wie sie auf der Packung steht.</translation>
    </message>
    <message>
        <source>optional, e.g. 75 micrograms each morning</source>
        <translation>freiwillig, z. B. 75 Mikrogramm jeden Morgen</translation>
    </message>
    <message>
        <source>Started &amp;on</source>
        <translation>Begonnen a&amp;m</translation>
    </message>
    <message>
        <source>Start date known</source>
        <translation>Anfangsdatum bekannt</translation>
    </message>
    <message>
        <source>Medicine started on</source>
        <translation>Medikament begonnen am</translation>
    </message>
    <message>
        <source>Optional. Tick Started on to give the date.</source>
        <translation>Freiwillig. Kreuzen Sie „Begonnen am“ an, um das Datum anzugeben.</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>&amp;Add medicine</source>
        <translation>Medikament &amp;hinzufügen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Scored 0–10</source>
        <translation>Bewertet 0–10</translation>
    </message>
    <message>
        <source>Scored %1–%2</source>
        <translation>Bewertet %1–%2</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
</context>
<context>
    <name>ScoreDirectionCue</name>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>higher is worse</source>
        <translation>höher ist schlechter</translation>
    </message>
    <message>
        <source>0 to 10, higher is better: 10 is the best it can be.</source>
        <translation>0 bis 10, höher ist besser: 10 ist das Bestmögliche.</translation>
    </message>
    <message>
        <source>0 to 10, higher is worse: 10 is the worst it can be.</source>
        <translation>0 bis 10, höher ist schlechter: 10 ist das Schlimmstmögliche.</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>StoppingRules</name>
    <message>
        <source>Stopping rule met: %1 was severe (3) on two days in a row, from %2. Stop the trial and talk to your doctor.</source>
        <translation>Abbruchregel erfüllt: %1 war ab %2 an zwei Tagen hintereinander schwer (3). Brechen Sie den Versuch ab und sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>Stopping rule met: %1, an opioid, is on your medicines since %2. Naltrexone blocks opioids (withdrawal, or no pain relief): do not take LDN with it, and talk to your doctor.</source>
        <translation>Abbruchregel erfüllt: %1, ein Opioid, steht seit %2 auf Ihrer Medikamentenliste. Naltrexon blockiert Opioide (Entzug oder keine Schmerzlinderung): Nehmen Sie LDN nicht zusammen damit und sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
</context>
<context>
    <name>SummaryRow</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mixed: %1</source>
        <translation>gemischt: %1</translation>
    </message>
</context>
<context>
    <name>TitrationAdjustment</name>
    <message>
        <source>Hold</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Step down</source>
        <translation>Senken</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Set dose</source>
        <translation>Dosis festlegen</translation>
    </message>
</context>
<context>
    <name>TrialPeriods</name>
    <message>
        <source>period %1 of %2</source>
        <translation>Phase %1 von %2</translation>
    </message>
    <message>
        <source>before the first period</source>
        <translation>vor der ersten Phase</translation>
    </message>
    <message>
        <source>after the last period</source>
        <translation>nach der letzten Phase</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to LDN Tracker</source>
        <translation>Willkommen bei LDN Tracker</translation>
    </message>
    <message>
        <source>LDN Tracker keeps a private diary of low-dose naltrexone doses, symptoms and side effects on this computer. Create a profile for yourself, or for someone you care for, to begin.</source>
        <translation>LDN Tracker führt auf diesem Computer ein privates Tagebuch über Dosen von niedrig dosiertem Naltrexon, Symptome und Nebenwirkungen. Legen Sie zum Beginnen ein Profil für sich an oder für einen Menschen, den Sie betreuen.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>The name of the person whose diary this is</source>
        <translation>Der Name der Person, deren Tagebuch dies ist</translation>
    </message>
    <message>
        <source>e.g. your first name</source>
        <translation>z. B. Ihr Vorname</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Erkrankungen</translation>
    </message>
    <message>
        <source>Optional. Start typing and pick the condition from the list; one the library lacks can be added as your own.</source>
        <translation>Freiwillig. Beginnen Sie zu tippen und wählen Sie die Erkrankung aus der Liste; eine, die die Bibliothek nicht kennt, können Sie als eigene hinzufügen.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Create profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Explore with a demo diary</source>
        <translation>Mit einem Beispieltagebuch ausprobieren</translation>
    </message>
    <message>
        <source>Adds a profile called &quot;Demo&quot; with 120 days of made-up entries, so you can look around first.</source>
        <translation>Legt ein Profil namens „Demo“ mit 120 Tagen erfundener Einträge an, damit Sie sich zuerst umsehen können.</translation>
    </message>
    <message>
        <source>Nothing leaves this computer: LDN Tracker makes no network connections.</source>
        <translation>Nichts verlässt diesen Computer: LDN Tracker baut keine Netzwerkverbindungen auf.</translation>
    </message>
</context>
<context>
    <name>ldn</name>
    <message>
        <source>Improved by at least %1 points: %2.</source>
        <translation>Um mindestens %1 Punkte gebessert: %2.</translation>
    </message>
    <message>
        <source>There are too few scored days in the baseline or in the last 28 days to compare.</source>
        <translation>In der Ausgangszeit oder in den letzten 28 Tagen sind zu wenige Tage bewertet für einen Vergleich.</translation>
    </message>
    <message>
        <source>Change in %1 since the baseline: %2 points better (95% interval %3 to %4; negative means worse).</source>
        <translation>Veränderung bei %1 seit der Ausgangszeit: %2 Punkte besser (95-%-Intervall %3 bis %4; negativ heißt schlechter).</translation>
    </message>
    <message>
        <source>Even the least hopeful end of the interval reaches the smallest change that matters.</source>
        <translation>Selbst das ungünstigste Ende des Intervalls erreicht die kleinste Veränderung, die zählt.</translation>
    </message>
    <message>
        <source>Even the most hopeful end of the interval falls short of the smallest change that matters.</source>
        <translation>Selbst das günstigste Ende des Intervalls bleibt unter der kleinsten Veränderung, die zählt.</translation>
    </message>
    <message>
        <source>The interval reaches both below and beyond the smallest change that matters, so the diary cannot tell.</source>
        <translation>Das Intervall reicht unter und über die kleinste Veränderung, die zählt, also kann das Tagebuch es nicht entscheiden.</translation>
    </message>
</context>
<context>
    <name>ldn::AddSymptomDialog</name>
    <message>
        <source>&amp;Higher scores are better (like energy or sleep quality)</source>
        <translation>&amp;Höhere Werte sind besser (wie bei Energie oder Schlafqualität)</translation>
    </message>
    <message>
        <source>Add a symptom</source>
        <translation>Ein Symptom hinzufügen</translation>
    </message>
    <message>
        <source>Symptom name</source>
        <translation>Name des Symptoms</translation>
    </message>
    <message>
        <source>e.g. energy, joint stiffness, post-exertional malaise</source>
        <translation>z. B. Energie, Gelenksteifigkeit, Zustandsverschlechterung nach Belastung</translation>
    </message>
    <message>
        <source>Higher scores are better</source>
        <translation>Höhere Werte sind besser</translation>
    </message>
    <message>
        <source>Scores run from 0 to 10. Most symptoms get worse as the score rises; say so if this one gets better instead.</source>
        <translation>Die Werte reichen von 0 bis 10. Die meisten Symptome werden mit steigendem Wert schlimmer; geben Sie an, wenn es bei diesem umgekehrt ist.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Add symptom</source>
        <translation>Symptom hinzufügen</translation>
    </message>
</context>
<context>
    <name>ldn::AdjustmentDialog</name>
    <message>
        <source>Hold the plan</source>
        <translation>Plan anhalten</translation>
    </message>
    <message>
        <source>Stay on the current dose. There are no further steps until you resume.</source>
        <translation>Bei der jetzigen Dosis bleiben. Bis Sie fortsetzen, gibt es keine weiteren Schritte.</translation>
    </message>
    <message>
        <source>optional, e.g. waiting to see how I settle</source>
        <translation>freiwillig, z. B. abwarten, wie ich mich einstelle</translation>
    </message>
    <message>
        <source>Step down</source>
        <translation>Dosis senken</translation>
    </message>
    <message>
        <source>Go down to a lower dose and stay there until you resume, for example after side effects. Half of the planned dose is filled in; you can change it.</source>
        <translation>Auf eine niedrigere Dosis gehen und dort bleiben, bis Sie fortsetzen – zum Beispiel nach Nebenwirkungen. Die Hälfte der geplanten Dosis ist vorgeschlagen; Sie können sie ändern.</translation>
    </message>
    <message>
        <source>optional, e.g. vivid dreams</source>
        <translation>freiwillig, z. B. lebhafte Träume</translation>
    </message>
    <message>
        <source>Resume the plan</source>
        <translation>Plan fortsetzen</translation>
    </message>
    <message>
        <source>Climb again from the current dose. The next step comes one interval after this day.</source>
        <translation>Von der jetzigen Dosis aus weiter steigern. Der nächste Schritt kommt einen Abstand nach diesem Tag.</translation>
    </message>
    <message>
        <source>optional, e.g. side effects settled</source>
        <translation>freiwillig, z. B. Nebenwirkungen abgeklungen</translation>
    </message>
    <message>
        <source>Set the dose</source>
        <translation>Dosis festlegen</translation>
    </message>
    <message>
        <source>Move to a dose of your choice and keep climbing from there.</source>
        <translation>Zu einer Dosis Ihrer Wahl wechseln und von dort weiter steigern.</translation>
    </message>
    <message>
        <source>optional, e.g. prescriber&apos;s advice</source>
        <translation>freiwillig, z. B. Rat der Ärztin oder des Arztes</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Die Änderung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The plan has not started yet</source>
        <translation>Der Plan hat noch nicht begonnen</translation>
    </message>
    <message>
        <source>%1 (on hold)</source>
        <translation>%1 (angehalten)</translation>
    </message>
</context>
<context>
    <name>ldn::AnalysisPanel</name>
    <message>
        <source>few days</source>
        <translation>wenige Tage</translation>
    </message>
    <message>
        <source>Rests on only %1 (fewer than %2), so one odd day moves it a lot: treat it with caution.</source>
        <translation>Beruht auf nur %1 (weniger als %2), ein einzelner ungewöhnlicher Tag verschiebt den Wert also stark: mit Vorsicht lesen.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Days compared before and after each change</source>
        <translation>Tage, die vor und nach jeder Änderung verglichen werden</translation>
    </message>
    <message>
        <source>Settling days left out after each change</source>
        <translation>Eingewöhnungstage, die nach jeder Änderung ausgelassen werden</translation>
    </message>
    <message>
        <source>What the diary shows</source>
        <translation>Was das Tagebuch zeigt</translation>
    </message>
    <message>
        <source>Days &amp;compared before/after a change</source>
        <translation>&amp;Verglichene Tage vor/nach einer Änderung</translation>
    </message>
    <message>
        <source>S&amp;ettling days left out</source>
        <translation>&amp;Eingewöhnungstage ausgelassen</translation>
    </message>
    <message>
        <source>Read with care: this is one person&apos;s self-reported diary, not a trial. There is no placebo, scores drift up and down on their own, and other changes at the same time (season, infections, other medicines, stress) can explain a difference. Intervals allow for runs of good and bad days, so they are usually wider than a day-by-day comparison; an interval that includes 0 means no clear change. Any benefit of LDN may take 8–12 weeks to show.</source>
        <translation>Mit Bedacht lesen: Dies ist das selbst geführte Tagebuch eines Menschen, keine Studie. Es gibt kein Placebo, Werte schwanken von selbst, und andere Veränderungen zur selben Zeit (Jahreszeit, Infekte, andere Medikamente, Stress) können einen Unterschied erklären. Die Intervalle berücksichtigen Folgen guter und schlechter Tage und sind daher meist breiter als ein Vergleich Tag für Tag; ein Intervall, das 0 einschließt, bedeutet keine klare Änderung. Ein Nutzen von LDN kann sich erst nach 8–12 Wochen zeigen.</translation>
    </message>
    <message>
        <source>No diary days to analyse yet.</source>
        <translation>Noch keine Tagebuchtage zum Auswerten.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>No days are logged in this range.</source>
        <translation>In diesem Zeitraum sind keine Tage eingetragen.</translation>
    </message>
    <message>
        <source>No %1 scores at this dose.</source>
        <translation>Keine Werte für %1 bei dieser Dosis.</translation>
    </message>
    <message>
        <source>median %1</source>
        <translation>Median %1</translation>
    </message>
    <message>
        <source>%1: mean %2 over %3 scored, %4.</source>
        <translation>%1: Mittelwert %2 über %3 bewertet, %4.</translation>
    </message>
    <message>
        <source>n %1/%2</source>
        <translation>n %1/%2</translation>
    </message>
    <message>
        <source>Not enough %1 scores before and after this change to compare.</source>
        <translation>Nicht genug Werte für %1 vor und nach dieser Änderung für einen Vergleich.</translation>
    </message>
    <message>
        <source>%1 (no interval)</source>
        <translation>%1 (kein Intervall)</translation>
    </message>
    <message>
        <source>After − before: %1 points.</source>
        <translation>Nachher − vorher: %1 Punkte.</translation>
    </message>
    <message>
        <source>After − before: %1 points (95% interval %2 to %3), %4.</source>
        <translation>Nachher − vorher: %1 Punkte (95-%-Intervall %2 bis %3), %4.</translation>
    </message>
    <message>
        <source>The interval includes 0: no clear change.</source>
        <translation>Das Intervall schließt 0 ein: keine klare Änderung.</translation>
    </message>
    <message>
        <source>The interval excludes 0, but a diary cannot tell the dose from everything else that changed.</source>
        <translation>Das Intervall schließt 0 aus, aber ein Tagebuch kann die Dosis nicht von allem anderen trennen, was sich verändert hat.</translation>
    </message>
    <message>
        <source>No doses are logged in this range.</source>
        <translation>In diesem Zeitraum sind keine Dosen eingetragen.</translation>
    </message>
    <message>
        <source>Scores at each dose: mean ± sd (days scored) · median.</source>
        <translation>Werte bei jeder Dosis: Mittelwert ± SD (bewertete Tage) · Median.</translation>
    </message>
    <message>
        <source>Scores at each dose: mean ± sd (days scored) · median. The first %1 after each change (the change day included) are left out while the body settles.</source>
        <translation>Werte bei jeder Dosis: Mittelwert ± SD (bewertete Tage) · Median. Die ersten %1 nach jeder Änderung (der Tag der Änderung mitgezählt) sind ausgelassen, während sich der Körper einstellt.</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Baseline, 0 mg</source>
        <translation>Ausgangswert, 0 mg</translation>
    </message>
    <message>
        <source>%1 taken at this dose, settling days included.</source>
        <translation>%1 bei dieser Dosis genommen, Eingewöhnungstage mitgezählt.</translation>
    </message>
    <message>
        <source>The dose did not change in this range, so there is no before and after.</source>
        <translation>Die Dosis hat sich in diesem Zeitraum nicht geändert, also gibt es kein Vorher und Nachher.</translation>
    </message>
    <message>
        <source>after: %1 from the day of the change.</source>
        <translation>nachher: %1 ab dem Tag der Änderung.</translation>
    </message>
    <message>
        <source>after: %1 from the end of the settling days.</source>
        <translation>nachher: %1 ab dem Ende der Eingewöhnungstage.</translation>
    </message>
    <message>
        <source>What changed at each change of dose: after − before (95% interval) and the verdict · days scored before/after. Before: the %1 up to the change; %2 ⚠ marks scores that were already moving before the change.</source>
        <translation>Was sich bei jeder Dosisänderung geändert hat: nachher − vorher (95-%-Intervall) und die Einschätzung · bewertete Tage vorher/nachher. Vorher: die %1 bis zur Änderung; %2 ⚠ markiert Werte, die sich schon vor der Änderung bewegt haben.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>%1 → %2 mg</source>
        <translation>%1 → %2 mg</translation>
    </message>
    <message>
        <source>Symptom scores at each dose</source>
        <translation>Symptomwerte bei jeder Dosis</translation>
    </message>
    <message>
        <source>Symptom scores before and after each dose change</source>
        <translation>Symptomwerte vor und nach jeder Dosisänderung</translation>
    </message>
    <message>
        <source>1 day in range</source>
        <translation>1 Tag im Zeitraum</translation>
    </message>
    <message numerus="yes">
        <source>%n days in range</source>
        <translation>
            <numerusform>%n Tag im Zeitraum</numerusform>
            <numerusform>%n Tage im Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>1 dose taken</source>
        <translation>1 Dosis genommen</translation>
    </message>
    <message numerus="yes">
        <source>%n doses taken</source>
        <translation>
            <numerusform>%n Dosis genommen</numerusform>
            <numerusform>%n Dosen genommen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 logged, %3, %4 missed, %5 at 0 mg.</source>
        <translation>%1: %2 eingetragen, %3, %4 ausgelassen, %5 mit 0 mg.</translation>
    </message>
    <message>
        <source>1 day scored before, %1 after.</source>
        <translation>1 Tag vorher bewertet, %1 nachher.</translation>
    </message>
    <message numerus="yes">
        <source>%n days scored before, %1 after.</source>
        <translation>
            <numerusform>%n Tag vorher bewertet, %1 nachher.</numerusform>
            <numerusform>%n Tage vorher bewertet, %1 nachher.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ldn::AnnotationDialog</name>
    <message>
        <source>Who is writing?</source>
        <translation>Wer schreibt?</translation>
    </message>
    <message>
        <source>&amp;Me (the patient)</source>
        <translation>&amp;Ich (der Patient, die Patientin)</translation>
    </message>
    <message>
        <source>A &amp;carer</source>
        <translation>Eine &amp;Betreuungsperson</translation>
    </message>
    <message>
        <source>Add a note for %1</source>
        <translation>Notiz hinzufügen für %1</translation>
    </message>
    <message>
        <source>A note about %1, kept apart from the day&apos;s own note and always shown with who wrote it, on the Today tab, the chart and, when chosen, the GP report.</source>
        <translation>Eine Notiz zu %1, getrennt von der eigenen Notiz des Tages und immer mit Angabe, wer sie geschrieben hat – unter „Heute“, im Verlauf und, wenn gewählt, im Hausarztbericht.</translation>
    </message>
    <message>
        <source>Written by me, the patient</source>
        <translation>Von mir geschrieben, dem Patienten oder der Patientin</translation>
    </message>
    <message>
        <source>Written by a carer</source>
        <translation>Von einer Betreuungsperson geschrieben</translation>
    </message>
    <message>
        <source>Carer&apos;s name</source>
        <translation>Name der Betreuungsperson</translation>
    </message>
    <message>
        <source>Carer&apos;s name, e.g. Sam (remembered for next time)</source>
        <translation>Name der Betreuungsperson, z. B. Sam (wird für das nächste Mal gemerkt)</translation>
    </message>
    <message>
        <source>Text of the note</source>
        <translation>Text der Notiz</translation>
    </message>
    <message>
        <source>What you noticed, e.g. &quot;Very tired after the school run, slept at 4 pm&quot;</source>
        <translation>Was Ihnen aufgefallen ist, z. B. „Sehr müde nach dem Schulweg, um 16 Uhr geschlafen“</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Save note</source>
        <translation>Notiz speichern</translation>
    </message>
    <message>
        <source>Edit the note for %1</source>
        <translation>Notiz für %1 bearbeiten</translation>
    </message>
    <message>
        <source>the whole diary</source>
        <translation>das ganze Tagebuch</translation>
    </message>
    <message>
        <source>Only the text can change; the note keeps who wrote it and when.</source>
        <translation>Nur der Text kann sich ändern; die Notiz behält, wer sie wann geschrieben hat.</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Geschrieben von</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Type the note first.</source>
        <translation>Schreiben Sie zuerst die Notiz.</translation>
    </message>
    <message>
        <source>Say who is writing the note: you, or a carer.</source>
        <translation>Geben Sie an, wer die Notiz schreibt: Sie oder eine Betreuungsperson.</translation>
    </message>
    <message>
        <source>The note could not be saved: %1</source>
        <translation>Die Notiz konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ldn::ChartDayDescription</name>
    <message>
        <source>%1 not scored</source>
        <translation>%1 nicht bewertet</translation>
    </message>
    <message>
        <source>(7-day mean %1)</source>
        <translation>(7-Tage-Mittel %1)</translation>
    </message>
    <message>
        <source>dose %1 mg</source>
        <translation>Dosis %1 mg</translation>
    </message>
    <message>
        <source>missed dose</source>
        <translation>Dosis ausgelassen</translation>
    </message>
    <message>
        <source>not logged</source>
        <translation>nicht eingetragen</translation>
    </message>
    <message>
        <source>dose changed %1→%2 mg</source>
        <translation>Dosis geändert %1→%2 mg</translation>
    </message>
    <message>
        <source>side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Note by %1: %2</source>
        <translation>Notiz von %1: %2</translation>
    </message>
</context>
<context>
    <name>ldn::ChartPage</name>
    <message>
        <source>Export PNG…</source>
        <translation>Als PNG exportieren …</translation>
    </message>
    <message>
        <source>Export SVG…</source>
        <translation>Als SVG exportieren …</translation>
    </message>
    <message>
        <source>Show &amp;notes</source>
        <translation>&amp;Notizen zeigen</translation>
    </message>
    <message>
        <source>Show notes by carers and others on the chart</source>
        <translation>Notizen von Betreuungspersonen und anderen im Verlauf zeigen</translation>
    </message>
    <message>
        <source>Speech bubbles above the scores: a carer&apos;s notes filled, your own hollow. Point at one to read it.</source>
        <translation>Sprechblasen über den Werten: Notizen einer Betreuungsperson gefüllt, Ihre eigenen hohl. Zeigen Sie auf eine, um sie zu lesen.</translation>
    </message>
    <message>
        <source>Symptoms shown on the chart</source>
        <translation>Im Verlauf gezeigte Symptome</translation>
    </message>
    <message>
        <source>Dates shown</source>
        <translation>Gezeigter Zeitraum</translation>
    </message>
    <message>
        <source>First day shown</source>
        <translation>Erster gezeigter Tag</translation>
    </message>
    <message>
        <source>Last day shown</source>
        <translation>Letzter gezeigter Tag</translation>
    </message>
    <message>
        <source>&amp;Symptoms</source>
        <translation>&amp;Symptome</translation>
    </message>
    <message>
        <source>Points are daily scores (shown for ranges up to about a year), lines 7-day means, the thick step line the dose. Scroll or press + and − to zoom, drag or use the arrow keys to move, Home to go back.</source>
        <translation>Punkte sind Tageswerte (gezeigt für Zeiträume bis etwa ein Jahr), Linien 7-Tage-Mittel, die dicke Stufenlinie die Dosis. Mit dem Mausrad oder + und − zoomen, mit Ziehen oder den Pfeiltasten verschieben, Pos1 führt zurück.</translation>
    </message>
    <message>
        <source>No days are logged yet. The chart of symptoms and dose appears here once you log days.</source>
        <translation>Es sind noch keine Tage eingetragen. Der Verlauf von Symptomen und Dosis erscheint hier, sobald Sie Tage eintragen.</translation>
    </message>
    <message>
        <source>No days are logged for %1 yet. The chart of symptoms and dose appears here once you log days.</source>
        <translation>Für %1 sind noch keine Tage eingetragen. Der Verlauf von Symptomen und Dosis erscheint hier, sobald Sie Tage eintragen.</translation>
    </message>
    <message>
        <source>%1: higher is better</source>
        <translation>%1: höher ist besser</translation>
    </message>
    <message>
        <source>%1: lower is better</source>
        <translation>%1: niedriger ist besser</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Verlauf als PNG exportieren</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Verlauf als SVG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>%1 · symptom scores and LDN dose · %2 – %3</source>
        <translation>%1 · Symptomwerte und LDN-Dosis · %2 – %3</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Verlauf exportieren</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1. Check that the folder exists and that you may write to it.</source>
        <translation>Der Verlauf konnte nicht in %1 gespeichert werden. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <source>What the diary shows</source>
        <translation>Was das Tagebuch zeigt</translation>
    </message>
</context>
<context>
    <name>ldn::ConditionEvidenceView</name>
    <message>
        <source>Randomised trials have tested LDN for this condition. Every result is counted below: trials that found no difference beside those that found a benefit.</source>
        <translation>LDN wurde für diese Erkrankung in randomisierten Studien geprüft. Jedes Ergebnis ist unten gezählt: Studien ohne Unterschied neben solchen, die einen Nutzen fanden.</translation>
    </message>
    <message>
        <source>No randomised trial yet: only non-randomised studies (open-label, chart reviews, case series), which cannot tell LDN&apos;s effect from placebo, time or chance.</source>
        <translation>Noch keine randomisierte Studie: nur nicht randomisierte Untersuchungen (offen, Aktenauswertungen, Fallserien), die die Wirkung von LDN nicht von Placebo, Zeit oder Zufall unterscheiden können.</translation>
    </message>
    <message>
        <source>No trial evidence. The library holds no study of LDN for this condition, only personal reports and advocacy, which are not evidence of benefit.</source>
        <translation>Keine Studienbelege. Die Bibliothek enthält keine Studie zu LDN bei dieser Erkrankung, nur persönliche Berichte und Fürsprache – das sind keine Belege für einen Nutzen.</translation>
    </message>
    <message>
        <source>No studies. The library holds no study or report of LDN for this condition.</source>
        <translation>Keine Studien. Die Bibliothek enthält keine Studie und keinen Bericht zu LDN bei dieser Erkrankung.</translation>
    </message>
    <message>
        <source> Trials are planned or under way (listed below).</source>
        <translation> Studien sind geplant oder laufen (unten aufgeführt).</translation>
    </message>
    <message>
        <source>Findings and their sources</source>
        <translation>Ergebnisse und ihre Quellen</translation>
    </message>
    <message>
        <source>Personal reports and advocacy — not graded, not counted in the summary</source>
        <translation>Persönliche Berichte und Fürsprache – nicht bewertet, nicht in der Zusammenfassung gezählt</translation>
    </message>
    <message>
        <source>Personal reports and advocacy, not graded, not counted</source>
        <translation>Persönliche Berichte und Fürsprache, nicht bewertet, nicht gezählt</translation>
    </message>
    <message>
        <source>Also called %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation>Kategorie: %1</translation>
    </message>
    <message>
        <source>Your entry</source>
        <translation>Ihr Eintrag</translation>
    </message>
    <message>
        <source>No finding cites this source yet.</source>
        <translation>Noch kein Ergebnis beruft sich auf diese Quelle.</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Studienlage</translation>
    </message>
</context>
<context>
    <name>ldn::ConditionPicker</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Erkrankung</translation>
    </message>
    <message>
        <source>Type a condition and press Enter to add it; suggestions from the library appear as you type.</source>
        <translation>Geben Sie eine Erkrankung ein und drücken Sie die Eingabetaste, um sie hinzuzufügen; Vorschläge aus der Bibliothek erscheinen beim Tippen.</translation>
    </message>
    <message>
        <source>e.g. ME/CFS, fibromyalgia</source>
        <translation>z. B. ME/CFS, Fibromyalgie</translation>
    </message>
    <message>
        <source>Add condition</source>
        <translation>Erkrankung hinzufügen</translation>
    </message>
    <message>
        <source>Add the condition typed in the field (Enter)</source>
        <translation>Die eingegebene Erkrankung hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Conditions in the library</source>
        <translation>Erkrankungen in der Bibliothek</translation>
    </message>
    <message>
        <source>Chosen conditions</source>
        <translation>Gewählte Erkrankungen</translation>
    </message>
    <message>
        <source>Press Delete to remove the selected condition.</source>
        <translation>Entf entfernt die ausgewählte Erkrankung.</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Erkrankung entfernen</translation>
    </message>
    <message>
        <source>%1 (your own)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>%1 (also called %2)</source>
        <translation>%1 (auch genannt: %2)</translation>
    </message>
    <message>
        <source>Your own condition: the evidence library has nothing filed under this name.</source>
        <translation>Ihre eigene Erkrankung: Die Studienbibliothek führt unter diesem Namen nichts.</translation>
    </message>
    <message>
        <source>From the evidence library: the Evidence tab and the GP report show its studies.</source>
        <translation>Aus der Studienbibliothek: Die Studienlage und der Hausarztbericht zeigen ihre Studien.</translation>
    </message>
    <message>
        <source>“%1” is not a condition in the library.</source>
        <translation>„%1“ ist keine Erkrankung aus der Bibliothek.</translation>
    </message>
    <message>
        <source>“%1” is not a condition in the library. Did you mean:</source>
        <translation>„%1“ ist keine Erkrankung aus der Bibliothek. Meinten Sie:</translation>
    </message>
    <message>
        <source>Add %1 from the library</source>
        <translation>%1 aus der Bibliothek hinzufügen</translation>
    </message>
    <message>
        <source>Add “%1” as your own</source>
        <translation>„%1“ als eigene hinzufügen</translation>
    </message>
</context>
<context>
    <name>ldn::CsvImportDialog</name>
    <message>
        <source>Import a diary from CSV</source>
        <translation>Ein Tagebuch aus CSV importieren</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>%1: %2 after the header, cells separated by %3. Say what each column holds; nothing is written until you press Import.</source>
        <translation>%1: %2 nach der Kopfzeile, Zellen getrennt durch %3. Geben Sie an, was jede Spalte enthält; nichts wird geschrieben, bevor Sie auf „Importieren“ drücken.</translation>
    </message>
    <message>
        <source>%1: %2 Say what each column holds; nothing is written until you press Import.</source>
        <translation>%1: %2 Geben Sie an, was jede Spalte enthält; nichts wird geschrieben, bevor Sie auf „Importieren“ drücken.</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>Col&amp;umns of the file</source>
        <translation>&amp;Spalten der Datei</translation>
    </message>
    <message>
        <source>Pre&amp;view (first %1 rows)</source>
        <translation>&amp;Vorschau (erste %1 Zeilen)</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Date format</source>
        <translation>Datumsformat</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Date &amp;format</source>
        <translation>Datums&amp;format</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>Problems by line</source>
        <translation>Probleme nach Zeile</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Cannot import the file: %1</source>
        <translation>Die Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>What column “%1” holds</source>
        <translation>Was Spalte „%1“ enthält</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Nicht verwenden</translation>
    </message>
    <message>
        <source>Symptom: %1</source>
        <translation>Symptom: %1</translation>
    </message>
    <message>
        <source>New symptom “%1”</source>
        <translation>Neues Symptom „%1“</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Höher ist besser</translation>
    </message>
    <message>
        <source>Higher scores of “%1” are better</source>
        <translation>Höhere Werte von „%1“ sind besser</translation>
    </message>
    <message>
        <source>Tick for a symptom like energy or sleep quality, where a higher score is better</source>
        <translation>Ankreuzen bei einem Symptom wie Energie oder Schlafqualität, bei dem ein höherer Wert besser ist</translation>
    </message>
    <message>
        <source>The scale “%1” is scored on</source>
        <translation>Die Skala, auf der „%1“ bewertet ist</translation>
    </message>
    <message>
        <source>Scored 0–10 or 1–5?</source>
        <translation>Bewertet 0–10 oder 1–5?</translation>
    </message>
    <message>
        <source>Convert to 0–10</source>
        <translation>In 0–10 umrechnen</translation>
    </message>
    <message>
        <source>Scores %1 to %2 become 0 to 10: %1 becomes 0, %2 becomes 10, rounded to whole numbers. Nothing is imported until you tick this.</source>
        <translation>Werte von %1 bis %2 werden zu 0 bis 10: %1 wird 0, %2 wird 10, auf ganze Zahlen gerundet. Nichts wird importiert, bevor Sie dies ankreuzen.</translation>
    </message>
    <message>
        <source>Automatic: %1</source>
        <translation>Automatisch: %1</translation>
    </message>
    <message>
        <source>Automatic: cannot tell, please choose</source>
        <translation>Automatisch: nicht erkennbar, bitte wählen</translation>
    </message>
    <message>
        <source>Which date format does this file use? %1 Nothing can be imported until you choose.</source>
        <translation>Welches Datumsformat hat diese Datei? %1 Erst wenn Sie es wählen, kann importiert werden.</translation>
    </message>
    <message>
        <source>&amp;Day first: %1 is %2</source>
        <translation>&amp;Tag zuerst: %1 ist der %2</translation>
    </message>
    <message>
        <source>&amp;Day first (dd/mm/yyyy)</source>
        <translation>&amp;Tag zuerst (TT/MM/JJJJ)</translation>
    </message>
    <message>
        <source>&amp;Month first: %1 is %2</source>
        <translation>&amp;Monat zuerst: %1 ist der %2</translation>
    </message>
    <message>
        <source>&amp;Month first (mm/dd/yyyy)</source>
        <translation>&amp;Monat zuerst (MM/TT/JJJJ)</translation>
    </message>
    <message>
        <source>%1 Choose the date format, or the column that holds the date.</source>
        <translation>%1 Wählen Sie das Datumsformat oder die Spalte mit dem Datum.</translation>
    </message>
    <message>
        <source>Before importing: %1</source>
        <translation>Vor dem Import: %1</translation>
    </message>
    <message>
        <source>%1 is already in the diary; that day is kept unless you replace it.</source>
        <translation>%1 ist schon im Tagebuch; dieser Tag bleibt, wenn Sie ihn nicht ersetzen.</translation>
    </message>
    <message>
        <source>(ignored)</source>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <source>new symptom %1</source>
        <translation>neues Symptom %1</translation>
    </message>
    <message>
        <source>&amp;Skip the %1 with problems listed above; nothing from them is imported</source>
        <translation>Die %1 mit Problemen (oben aufgeführt) &amp;überspringen; aus ihnen wird nichts importiert</translation>
    </message>
    <message>
        <source>&amp;Replace the day already in the diary with the file&apos;s row (otherwise it is skipped)</source>
        <translation>Den Tag, der schon im Tagebuch steht, durch die Zeile aus der Datei &amp;ersetzen (sonst wird sie übersprungen)</translation>
    </message>
    <message>
        <source>&amp;Replace the %1 days already in the diary with the file&apos;s rows (otherwise they are skipped)</source>
        <translation>Die %1 Tage, die schon im Tagebuch stehen, durch die Zeilen aus der Datei &amp;ersetzen (sonst werden sie übersprungen)</translation>
    </message>
    <message>
        <source>The dose outside 0.1–10 mg listed above is c&amp;orrect</source>
        <translation>Die oben aufgeführte Dosis außerhalb von 0,1–10 mg ist &amp;richtig</translation>
    </message>
    <message>
        <source>The %1 doses outside 0.1–10 mg listed above are c&amp;orrect</source>
        <translation>Die %1 oben aufgeführten Dosen außerhalb von 0,1–10 mg sind &amp;richtig</translation>
    </message>
    <message>
        <source>%1 will be imported.</source>
        <translation>Wird importiert: %1.</translation>
    </message>
    <message>
        <source>%1 with problems will be skipped.</source>
        <translation>Wird wegen Problemen übersprungen: %1.</translation>
    </message>
    <message>
        <source>%1 already in the diary will be skipped.</source>
        <translation>Schon im Tagebuch, wird übersprungen: %1.</translation>
    </message>
    <message>
        <source>%1 without anything to import (days not logged) will be left out.</source>
        <translation>Ohne Inhalt zum Importieren (nicht eingetragene Tage), wird ausgelassen: %1.</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>%1 &amp;importieren</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
</context>
<context>
    <name>ldn::DataExchangeMenu</name>
    <message>
        <source>&amp;Export this person&apos;s diary as a backup…</source>
        <translation>Das Tagebuch dieser Person als Sicherung &amp;exportieren …</translation>
    </message>
    <message>
        <source>Export the &amp;whole diary as a backup…</source>
        <translation>Das &amp;ganze Tagebuch als Sicherung exportieren …</translation>
    </message>
    <message>
        <source>Export as a &amp;spreadsheet (CSV)…</source>
        <translation>Als &amp;Tabelle exportieren (CSV) …</translation>
    </message>
    <message>
        <source>Export for &amp;health records (FHIR)…</source>
        <translation>Für &amp;Gesundheitsakten exportieren (FHIR) …</translation>
    </message>
    <message>
        <source>&amp;Import a backup…</source>
        <translation>Eine Sicherung &amp;importieren …</translation>
    </message>
    <message>
        <source>Import a s&amp;preadsheet diary (CSV)…</source>
        <translation>Ein Tagebuch aus einer Ta&amp;belle importieren (CSV) …</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus einer Sicherung &amp;wiederherstellen …</translation>
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
        <translation>Das ganze Tagebuch in den Sicherungsordner daneben kopieren</translation>
    </message>
    <message>
        <source>LDN diary</source>
        <translation>LDN-Tagebuch</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv)</source>
        <translation>Tabellen (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exported to %1 (readable only by you).</source>
        <translation>Exportiert nach %1 (nur für Sie lesbar).</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>The export to %1 was not written.</source>
        <translation>Der Export nach %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>Import a backup</source>
        <translation>Eine Sicherung importieren</translation>
    </message>
    <message>
        <source>LDN Tracker backups (*.json);;All files (*)</source>
        <translation>LDN-Tracker-Sicherungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1

Import it under this name instead:</source>
        <translation>%1

Stattdessen unter diesem Namen importieren:</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.

%2</source>
        <translation>Aus %1 wurde nichts importiert.

%2</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Aus %1 wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import a spreadsheet diary</source>
        <translation>Ein Tagebuch aus einer Tabelle importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be imported.</source>
        <translation>%1 kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Gesichert in %1.</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>Die Sicherung wurde nicht angelegt.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Another backup file…</source>
        <translation>Andere Sicherungsdatei …</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus einer Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the whole diary with the backup made:</source>
        <translation>Das ganze Tagebuch durch die Sicherung ersetzen vom:</translation>
    </message>
    <message>
        <source>LDN Tracker diaries (*.sqlite *.db);;All files (*)</source>
        <translation>LDN-Tracker-Tagebücher (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace everything in your diary with %1?

Your diary as it is now is saved as a backup first, so you can go back to it with another restore.</source>
        <translation>Alles in Ihrem Tagebuch durch %1 ersetzen?

Ihr Tagebuch, wie es jetzt ist, wird vorher gesichert, sodass Sie mit einer weiteren Wiederherstellung dorthin zurückkehren können.</translation>
    </message>
    <message>
        <source>Restored. The diary as it was before is saved as %1.</source>
        <translation>Wiederhergestellt. Das Tagebuch, wie es vorher war, ist gesichert als %1.</translation>
    </message>
    <message>
        <source>The diary was not restored from %1; it is unchanged.</source>
        <translation>Das Tagebuch wurde nicht aus %1 wiederhergestellt; es ist unverändert.</translation>
    </message>
    <message>
        <source>LDN Tracker</source>
        <translation>LDN Tracker</translation>
    </message>
    <message>
        <source>Imported %1 with 1 day.</source>
        <translation>%1 mit 1 Tag importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 with %n days.</source>
        <translation>
            <numerusform>%1 mit %n Tag importiert.</numerusform>
            <numerusform>%1 mit %n Tagen importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported 1 day from the spreadsheet.</source>
        <translation>1 Tag aus der Tabelle importiert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n days from the spreadsheet.</source>
        <translation>
            <numerusform>%n Tag aus der Tabelle importiert.</numerusform>
            <numerusform>%n Tage aus der Tabelle importiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ldn::DateRangeControls</name>
    <message>
        <source>&amp;Dates</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>Last 6 months</source>
        <translation>Letzte 6 Monate</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener Zeitraum</translation>
    </message>
</context>
<context>
    <name>ldn::DateText</name>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation>d. MMM</translation>
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
        <translation>1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ldn::DayLogPage</name>
    <message>
        <source>missed dose</source>
        <translation>Dosis ausgelassen</translation>
    </message>
    <message>
        <source>no LDN (0 mg)</source>
        <translation>kein LDN (0 mg)</translation>
    </message>
    <message>
        <source>Medicine warning</source>
        <translation>Warnung zu einem Medikament</translation>
    </message>
    <message>
        <source>Read-only: this diary is open for review, so nothing can be changed.</source>
        <translation>Schreibgeschützt: Dieses Tagebuch ist zur Durchsicht geöffnet, daher lässt sich nichts ändern.</translation>
    </message>
    <message>
        <source>The profile could not be read: %1</source>
        <translation>Das Profil konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Added &quot;%1&quot;; it can be scored from today.</source>
        <translation>„%1“ hinzugefügt; es kann ab heute bewertet werden.</translation>
    </message>
    <message>
        <source>Reviewing the diary of</source>
        <translation>Durchsicht des Tagebuchs von</translation>
    </message>
    <message>
        <source>Logging the day for</source>
        <translation>Tageseintrag für</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Warning: %1 on your medicine list is an opioid. Do not take LDN with opioid medicines; talk to your prescriber.</source>
        <translation>Warnung: %1 auf Ihrer Medikamentenliste ist ein Opioid. Nehmen Sie LDN nicht zusammen mit Opioiden; sprechen Sie mit Ihrer Ärztin oder Ihrem Arzt.</translation>
    </message>
    <message>
        <source>No profile is selected</source>
        <translation>Kein Profil ausgewählt</translation>
    </message>
    <message>
        <source>This profile has no symptoms to score yet.</source>
        <translation>Dieses Profil hat noch keine Symptome zum Bewerten.</translation>
    </message>
    <message>
        <source>%1 score</source>
        <translation>Wert für %1</translation>
    </message>
    <message>
        <source>A dash means not scored.</source>
        <translation>Ein Strich bedeutet: nicht bewertet.</translation>
    </message>
    <message>
        <source>The diary could not be read: %1</source>
        <translation>Das Tagebuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Eingetragen</translation>
    </message>
    <message>
        <source>Logged — saving replaces this day</source>
        <translation>Eingetragen – Speichern ersetzt diesen Tag</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Nicht eingetragen</translation>
    </message>
    <message>
        <source>Not logged yet</source>
        <translation>Noch nicht eingetragen</translation>
    </message>
    <message>
        <source>No titration plan</source>
        <translation>Kein Aufdosierungsplan</translation>
    </message>
    <message>
        <source>Plan starts on %1 with %2 mg</source>
        <translation>Plan beginnt am %1 mit %2 mg</translation>
    </message>
    <message>
        <source>Plan: %1 mg today</source>
        <translation>Plan: heute %1 mg</translation>
    </message>
    <message>
        <source>Plan: %1 mg that day</source>
        <translation>Plan: an dem Tag %1 mg</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>target reached</source>
        <translation>Zieldosis erreicht</translation>
    </message>
    <message>
        <source>next step %1 mg on %2</source>
        <translation>nächster Schritt %1 mg am %2</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>%1 is in the future</source>
        <translation>%1 liegt in der Zukunft</translation>
    </message>
    <message>
        <source>other side effect</source>
        <translation>andere Nebenwirkung</translation>
    </message>
    <message>
        <source>Nothing was saved. Check the dose, then save again.</source>
        <translation>Nichts wurde gespeichert. Prüfen Sie die Dosis und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>The day could not be saved: %1</source>
        <translation>Der Tag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved %1: %2, %3</source>
        <translation>%1 gespeichert: %2, %3</translation>
    </message>
    <message>
        <source>1 score</source>
        <translation>1 Wert</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 Werte</translation>
    </message>
    <message>
        <source>No earlier day is logged, so there is nothing to copy.</source>
        <translation>Es ist kein früherer Tag eingetragen, es gibt also nichts zu übernehmen.</translation>
    </message>
    <message>
        <source>Copied from %1. Check it, then save.</source>
        <translation>Von %1 übernommen. Prüfen Sie es und speichern Sie dann.</translation>
    </message>
    <message>
        <source>No note for this day.</source>
        <translation>Keine Notiz für diesen Tag.</translation>
    </message>
    <message>
        <source>Anything else about the day (optional)</source>
        <translation>Sonst noch etwas zum Tag (freiwillig)</translation>
    </message>
</context>
<context>
    <name>ldn::DayNotesPanel</name>
    <message>
        <source>Notes by carers and others</source>
        <translation>Notizen von Betreuungspersonen und anderen</translation>
    </message>
    <message>
        <source>No other notes about this day.</source>
        <translation>Keine weiteren Notizen zu diesem Tag.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Add a note… (Ctrl+Shift+N)</source>
        <translation>Notiz hinzufügen … (Strg+Umschalt+N)</translation>
    </message>
    <message>
        <source>Undo deleting the note</source>
        <translation>Das Löschen der Notiz rückgängig machen</translation>
    </message>
    <message>
        <source>Add a note about this day, by a carer or by you, kept apart from the day&apos;s own note</source>
        <translation>Eine Notiz zu diesem Tag hinzufügen – von einer Betreuungsperson oder von Ihnen –, getrennt von der eigenen Notiz des Tages</translation>
    </message>
    <message>
        <source>Add a note about this day</source>
        <translation>Eine Notiz zu diesem Tag hinzufügen</translation>
    </message>
    <message>
        <source>The notes could not be read: %1</source>
        <translation>Die Notizen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Written by a carer</source>
        <translation>Von einer Betreuungsperson geschrieben</translation>
    </message>
    <message>
        <source>Written by the patient</source>
        <translation>Vom Patienten oder von der Patientin geschrieben</translation>
    </message>
    <message>
        <source>written %1</source>
        <translation>geschrieben %1</translation>
    </message>
    <message>
        <source>Note by %1</source>
        <translation>Notiz von %1</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Edit the note by %1</source>
        <translation>Die Notiz von %1 bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the note by %1</source>
        <translation>Die Notiz von %1 löschen</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>no profile is open</source>
        <translation>kein Profil ist geöffnet</translation>
    </message>
    <message>
        <source>Added a note by %1.</source>
        <translation>Notiz von %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Changed the note.</source>
        <translation>Notiz geändert.</translation>
    </message>
    <message>
        <source>The note could not be deleted: %1</source>
        <translation>Die Notiz konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Deleted the note by %1 about %2.</source>
        <translation>Notiz von %1 zu %2 gelöscht.</translation>
    </message>
    <message>
        <source>The note could not be put back: %1</source>
        <translation>Die Notiz konnte nicht wiederhergestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>ldn::DiaryPage</name>
    <message>
        <source>Double-click a day, or press Enter, to edit it.</source>
        <translation>Doppelklicken Sie auf einen Tag oder drücken Sie die Eingabetaste, um ihn zu bearbeiten.</translation>
    </message>
    <message>
        <source>No days are logged for %1 yet. Days you log appear here.</source>
        <translation>Für %1 sind noch keine Tage eingetragen. Eingetragene Tage erscheinen hier.</translation>
    </message>
    <message>
        <source>No days are logged yet. Days you log appear here.</source>
        <translation>Es sind noch keine Tage eingetragen. Eingetragene Tage erscheinen hier.</translation>
    </message>
    <message>
        <source>%1 logged</source>
        <translation>%1 eingetragen</translation>
    </message>
    <message>
        <source>%1 missed</source>
        <translation>%1 ausgelassen</translation>
    </message>
    <message>
        <source>current dose %1 mg</source>
        <translation>aktuelle Dosis %1 mg</translation>
    </message>
</context>
<context>
    <name>ldn::DiaryTableModel</name>
    <message>
        <source>Missed</source>
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Nicht eingetragen</translation>
    </message>
    <message>
        <source>%1 (and %2 more)</source>
        <translation>%1 (und %2 weitere)</translation>
    </message>
    <message>
        <source>%1 · 1 note by %2</source>
        <translation>%1 · 1 Notiz von %2</translation>
    </message>
    <message>
        <source>%1 · %2 notes</source>
        <translation>%1 · %2 Notizen</translation>
    </message>
    <message>
        <source>Nothing was logged for this day.</source>
        <translation>Für diesen Tag wurde nichts eingetragen.</translation>
    </message>
    <message>
        <source>Missed: the dose was meant to be taken and was not.</source>
        <translation>Ausgelassen: Die Dosis sollte genommen werden und wurde es nicht.</translation>
    </message>
    <message>
        <source>0 mg, taken on purpose (a baseline day or a planned pause).</source>
        <translation>0 mg, bewusst (ein Ausgangstag oder eine geplante Pause).</translation>
    </message>
    <message>
        <source>Severity from 0 (none) to 3 (severe)</source>
        <translation>Stärke von 0 (keine) bis 3 (schwer)</translation>
    </message>
    <message>
        <source>↑ better</source>
        <translation>↑ besser</translation>
    </message>
    <message>
        <source>↓ better</source>
        <translation>↓ besser</translation>
    </message>
    <message>
        <source>%1, 0 to 10: higher is better</source>
        <translation>%1, 0 bis 10: höher ist besser</translation>
    </message>
    <message>
        <source>%1, 0 to 10: lower is better</source>
        <translation>%1, 0 bis 10: niedriger ist besser</translation>
    </message>
    <message>
        <source>Side effect and its severity, 0 (none) to 3 (severe)</source>
        <translation>Nebenwirkung und ihre Stärke, 0 (keine) bis 3 (schwer)</translation>
    </message>
    <message>
        <source>Notes about the day besides its own note, most often a carer&apos;s, with who wrote them</source>
        <translation>Notizen zum Tag neben seiner eigenen Notiz, meist von einer Betreuungsperson, mit Angabe, wer sie geschrieben hat</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Notes by carers and others</source>
        <translation>Notizen von Betreuungspersonen und anderen</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>ldn::DoseChangeLabels</name>
    <message>
        <source>%1 changes</source>
        <translation>%1 Änderungen</translation>
    </message>
</context>
<context>
    <name>ldn::DoseChoice</name>
    <message>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Dose in micrograms</source>
        <translation>Dosis in Mikrogramm</translation>
    </message>
    <message>
        <source>Dose in milligrams</source>
        <translation>Dosis in Milligramm</translation>
    </message>
    <message>
        <source>type the dose you took, or choose &quot;No LDN today&quot; or &quot;Missed dose&quot;</source>
        <translation>geben Sie die genommene Dosis ein oder wählen Sie „Heute kein LDN“ oder „Dosis ausgelassen“</translation>
    </message>
    <message>
        <source>%1 is not a possible dose</source>
        <translation>%1 ist keine mögliche Dosis</translation>
    </message>
</context>
<context>
    <name>ldn::DoseSpinBox</name>
    <message>
        <source>dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dose yet: write it like 4.5, 0.5mg or 500mcg</source>
        <translation>„%1“ ist noch keine Dosis: Schreiben Sie sie etwa als 4,5, 0,5mg oder 500mcg</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a dose yet: write it like 500, 500mcg or 1.5mg</source>
        <translation>„%1“ ist noch keine Dosis: Schreiben Sie sie etwa als 500, 500mcg oder 1,5mg</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>mcg</source>
        <translation>µg</translation>
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
        <translation>Symptom &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>&amp;Umbenennen</translation>
    </message>
    <message>
        <source>Re&amp;tire</source>
        <translation>&amp;Stilllegen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Symptoms</source>
        <translation>Symptome</translation>
    </message>
    <message>
        <source>F2 renames the selected symptom.</source>
        <translation>F2 benennt das ausgewählte Symptom um.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>A higher score is</source>
        <translation>Ein höherer Wert ist</translation>
    </message>
    <message>
        <source>In the day form</source>
        <translation>Im Tagesformular</translation>
    </message>
    <message>
        <source>Rename the selected symptom; its scores keep their days (F2)</source>
        <translation>Das ausgewählte Symptom umbenennen; seine Werte behalten ihre Tage (F2)</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
    <message>
        <source>N&amp;ame</source>
        <translation>N&amp;ame</translation>
    </message>
    <message>
        <source>&amp;Conditions</source>
        <translation>&amp;Erkrankungen</translation>
    </message>
    <message>
        <source>Symptoms scored each day</source>
        <translation>Täglich bewertete Symptome</translation>
    </message>
    <message>
        <source>Retiring a symptom takes it off the day form. Its scores stay with their days, on the chart and in the report; bring it back at any time.</source>
        <translation>Ein stillgelegtes Symptom verschwindet aus dem Tagesformular. Seine Werte bleiben bei ihren Tagen, im Verlauf und im Bericht; Sie können es jederzeit zurückholen.</translation>
    </message>
    <message>
        <source>Edit %1&apos;s profile</source>
        <translation>Profil von %1 bearbeiten</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>retired, history kept</source>
        <translation>stillgelegt, Werte bleiben</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>bewertet</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>to be retired</source>
        <translation>wird stillgelegt</translation>
    </message>
    <message>
        <source>to be brought back</source>
        <translation>wird zurückgeholt</translation>
    </message>
    <message>
        <source>renamed from %1</source>
        <translation>umbenannt von %1</translation>
    </message>
    <message>
        <source>Bring &amp;back</source>
        <translation>&amp;Zurückholen</translation>
    </message>
    <message>
        <source>Score this symptom again from now on; its old scores come back with it</source>
        <translation>Dieses Symptom ab jetzt wieder bewerten; seine alten Werte kommen mit zurück</translation>
    </message>
    <message>
        <source>Stop scoring this symptom; its scores stay with their days</source>
        <translation>Dieses Symptom nicht mehr bewerten; seine Werte bleiben bei ihren Tagen</translation>
    </message>
    <message>
        <source>Choose what “%1” means under Conditions, or clear the field.</source>
        <translation>Wählen Sie unter „Erkrankungen“, was „%1“ bedeutet, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>The changes could not be saved: %1</source>
        <translation>Die Änderungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>milligrams (mg)</source>
        <translation>Milligramm (mg)</translation>
    </message>
    <message>
        <source>micrograms (µg), for a very slow titration</source>
        <translation>Mikrogramm (µg), für eine sehr langsame Aufdosierung</translation>
    </message>
    <message>
        <source>How a dose typed without a unit is read, and how doses are shown</source>
        <translation>Wie eine Dosis ohne Einheit gelesen wird und wie Dosen angezeigt werden</translation>
    </message>
    <message>
        <source>A stripe in this colour beside the name tells whose diary is open</source>
        <translation>Ein Streifen in dieser Farbe neben dem Namen zeigt, wessen Tagebuch offen ist</translation>
    </message>
    <message>
        <source>&amp;Doses in</source>
        <translation>&amp;Dosen in</translation>
    </message>
    <message>
        <source>C&amp;olour</source>
        <translation>&amp;Farbe</translation>
    </message>
</context>
<context>
    <name>ldn::EventChecklist</name>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Anderes:</translation>
    </message>
    <message>
        <source>Other event</source>
        <translation>Anderes Ereignis</translation>
    </message>
    <message>
        <source>Separate several events with commas.</source>
        <translation>Mehrere Ereignisse durch Kommas trennen.</translation>
    </message>
    <message>
        <source>e.g. dentist, travel</source>
        <translation>z. B. Zahnarzt, Reise</translation>
    </message>
</context>
<context>
    <name>ldn::EvidenceBrowser</name>
    <message>
        <source>trials</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>studies, no RCT</source>
        <translation>Untersuchungen, keine RCT</translation>
    </message>
    <message>
        <source>anecdote only</source>
        <translation>nur Erfahrungsberichte</translation>
    </message>
    <message>
        <source>no studies</source>
        <translation>keine Studien</translation>
    </message>
    <message>
        <source>Autoimmune</source>
        <translation>Autoimmunerkrankungen</translation>
    </message>
    <message>
        <source>Cancer</source>
        <translation>Krebs</translation>
    </message>
    <message>
        <source>Other conditions</source>
        <translation>Andere Erkrankungen</translation>
    </message>
    <message>
        <source>Suggested but untried</source>
        <translation>Vorgeschlagen, aber unerprobt</translation>
    </message>
    <message>
        <source>CSL-JSON (Zotero, citation.js) or RIS (PubMed, Zotero, EndNote)</source>
        <translation>CSL-JSON (Zotero, citation.js) oder RIS (PubMed, Zotero, EndNote)</translation>
    </message>
    <message>
        <source>&amp;Add a source or finding…</source>
        <translation>Quelle oder Ergebnis &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Import references…</source>
        <translation>Literatur &amp;importieren …</translation>
    </message>
    <message>
        <source>Search conditions, studies, DOI, NCT…</source>
        <translation>Erkrankungen, Studien, DOI, NCT suchen …</translation>
    </message>
    <message>
        <source>Search the evidence</source>
        <translation>In der Studienlage suchen</translation>
    </message>
    <message>
        <source>Conditions and search results</source>
        <translation>Erkrankungen und Suchergebnisse</translation>
    </message>
    <message>
        <source>Add a source or finding</source>
        <translation>Quelle oder Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Import references from a CSL-JSON or RIS file</source>
        <translation>Literatur aus einer CSL-JSON- oder RIS-Datei importieren</translation>
    </message>
    <message>
        <source>The diary is open read-only, for review</source>
        <translation>Das Tagebuch ist schreibgeschützt zur Durchsicht geöffnet</translation>
    </message>
    <message>
        <source>Also called %1. %2</source>
        <translation>Auch genannt: %1. %2</translation>
    </message>
    <message>
        <source>My conditions</source>
        <translation>Meine Erkrankungen</translation>
    </message>
    <message>
        <source>  None recorded in this profile</source>
        <translation>  In diesem Profil keine eingetragen</translation>
    </message>
    <message>
        <source>Nothing found for &quot;%1&quot;</source>
        <translation>Nichts gefunden für „%1“</translation>
    </message>
    <message>
        <source>your entry</source>
        <translation>Ihr Eintrag</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Studies and other sources</source>
        <translation>Studien und andere Quellen</translation>
    </message>
    <message>
        <source>Study: %1</source>
        <translation>Studie: %1</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Finding: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
</context>
<context>
    <name>ldn::EvidenceHtml</name>
    <message>
        <source>checked against the full text</source>
        <translation>am Volltext geprüft</translation>
    </message>
    <message>
        <source>checked against the abstract</source>
        <translation>am Abstract geprüft</translation>
    </message>
    <message>
        <source>from a secondary source</source>
        <translation>aus einer Sekundärquelle</translation>
    </message>
    <message>
        <source>UNCONFIRMED</source>
        <translation>UNBESTÄTIGT</translation>
    </message>
    <message>
        <source> &lt;b style=&quot;color:%1;&quot;&gt;Your entry&lt;/b&gt;</source>
        <translation> &lt;b style=&quot;color:%1;&quot;&gt;Ihr Eintrag&lt;/b&gt;</translation>
    </message>
    <message>
        <source> &lt;b style=&quot;color:%1;&quot;&gt;Edited by you&lt;/b&gt;</source>
        <translation> &lt;b style=&quot;color:%1;&quot;&gt;Von Ihnen bearbeitet&lt;/b&gt;</translation>
    </message>
    <message>
        <source> · &lt;a href=&quot;%1&quot;&gt;Edit&lt;/a&gt;</source>
        <translation> · &lt;a href=&quot;%1&quot;&gt;Bearbeiten&lt;/a&gt;</translation>
    </message>
    <message>
        <source>not peer reviewed</source>
        <translation>ohne Peer-Review</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;Conflict of interest: %2&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;Interessenkonflikt: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;Note: %2&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;Hinweis: %2&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;Effect: </source>
        <translation>&lt;br&gt;Effekt: </translation>
    </message>
    <message>
        <source>Population: </source>
        <translation>Population: </translation>
    </message>
    <message>
        <source>dose </source>
        <translation>Dosis </translation>
    </message>
    <message>
        <source>duration </source>
        <translation>Dauer </translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;No source linked.&lt;/span&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&quot;color:%1;&quot;&gt;Keine Quelle verknüpft.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Findings and their sources&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Ergebnisse und ihre Quellen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No studies of LDN for this condition are in the library.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Die Bibliothek enthält keine Studien zu LDN bei dieser Erkrankung.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Guidelines and positions</source>
        <translation>Leitlinien und Positionen</translation>
    </message>
    <message>
        <source>A position is not a study: shown, not counted in the summary.</source>
        <translation>Eine Position ist keine Studie: gezeigt, aber nicht in der Zusammenfassung gezählt.</translation>
    </message>
    <message>
        <source>Trials planned or under way</source>
        <translation>Geplante oder laufende Studien</translation>
    </message>
    <message>
        <source>Registered, no results yet.</source>
        <translation>Registriert, noch keine Ergebnisse.</translation>
    </message>
    <message>
        <source>Mechanism-based reasoning</source>
        <translation>Überlegungen zum Wirkmechanismus</translation>
    </message>
    <message>
        <source>How LDN might work, not whether it does: not counted.</source>
        <translation>Wie LDN wirken könnte, nicht ob es wirkt: nicht gezählt.</translation>
    </message>
    <message>
        <source>Unclassified references</source>
        <translation>Nicht eingeordnete Quellen</translation>
    </message>
    <message>
        <source>Not counted until their design is set.</source>
        <translation>Nicht gezählt, bis ihr Studiendesign festgelegt ist.</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1;&quot;&gt;None in the library for this condition.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:%1;&quot;&gt;In der Bibliothek keine für diese Erkrankung.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&quot;color:%1;&quot;&gt;What people and organisations say. A report is labelled as one however good the news: it cannot show that LDN, rather than time or chance, made the difference.&lt;/p&gt;</source>
        <translation>&lt;p style=&quot;color:%1;&quot;&gt;Was Menschen und Organisationen sagen. Ein Bericht bleibt ein Bericht, so gut die Nachricht auch ist: Er kann nicht zeigen, dass LDN und nicht Zeit oder Zufall den Unterschied gemacht hat.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p style=&quot;color:%3;&quot;&gt;No finding cites this source yet, so it is not shown under any condition.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;%2&lt;/p&gt;&lt;p style=&quot;color:%3;&quot;&gt;Noch kein Ergebnis beruft sich auf diese Quelle, daher erscheint sie bei keiner Erkrankung.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ldn::EvidencePage</name>
    <message>
        <source>Choose a condition on the left.</source>
        <translation>Wählen Sie links eine Erkrankung.</translation>
    </message>
    <message>
        <source>Choose a profile to see the evidence for their conditions.</source>
        <translation>Wählen Sie ein Profil, um die Studienlage zu seinen Erkrankungen zu sehen.</translation>
    </message>
    <message>
        <source>The library has no condition called &quot;%1&quot;.</source>
        <translation>Die Bibliothek hat keine Erkrankung namens „%1“.</translation>
    </message>
    <message>
        <source>Nothing was imported: this diary is open read-only, for review.</source>
        <translation>Nichts wurde importiert: Dieses Tagebuch ist schreibgeschützt zur Durchsicht geöffnet.</translation>
    </message>
    <message>
        <source>This diary has no copy of the evidence library, and none can be added while it is open read-only; only its own entries are shown.</source>
        <translation>Dieses Tagebuch hat keine Kopie der Studienbibliothek, und solange es schreibgeschützt geöffnet ist, kann keine hinzugefügt werden; es werden nur seine eigenen Einträge gezeigt.</translation>
    </message>
    <message>
        <source>The bundled evidence could not be installed: %1</source>
        <translation>Die mitgelieferte Studienbibliothek konnte nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Import references</source>
        <translation>Literatur importieren</translation>
    </message>
    <message>
        <source>References (*.json *.ris *.nbib *.txt);;CSL-JSON (*.json);;RIS (*.ris *.txt);;PubMed MEDLINE (*.nbib *.txt);;All files (*)</source>
        <translation>Literatur (*.json *.ris *.nbib *.txt);;CSL-JSON (*.json);;RIS (*.ris *.txt);;PubMed MEDLINE (*.nbib *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Evidence for the condition</source>
        <translation>Studienlage zur Erkrankung</translation>
    </message>
</context>
<context>
    <name>ldn::GpReport</name>
    <message>
        <source>No side effects recorded in this period.</source>
        <translation>In diesem Zeitraum sind keine Nebenwirkungen eingetragen.</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erstmals</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Days reported</source>
        <translation>Tage gemeldet</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Stärkste</translation>
    </message>
    <message>
        <source>Dose at onset</source>
        <translation>Dosis bei Beginn</translation>
    </message>
    <message>
        <source>Reports of the same side effect more than %1 days apart are listed as separate episodes. Severity as the patient rated it: mild, moderate or severe.</source>
        <translation>Meldungen derselben Nebenwirkung, die mehr als %1 Tage auseinanderliegen, sind als getrennte Episoden aufgeführt. Stärke nach Einschätzung des Patienten bzw. der Patientin: leicht, mittel oder schwer.</translation>
    </message>
    <message>
        <source>No notes from carers in this period.</source>
        <translation>In diesem Zeitraum keine Notizen von Betreuungspersonen.</translation>
    </message>
    <message>
        <source>Notes added to the diary besides the patient&apos;s own daily notes, each with who wrote it. Notes marked “Carer” were written by a carer, not by the patient.</source>
        <translation>Notizen im Tagebuch neben den eigenen täglichen Notizen des Patienten bzw. der Patientin, jeweils mit Angabe, wer sie geschrieben hat. Mit „Betreuung“ markierte Notizen stammen von einer Betreuungsperson, nicht vom Patienten bzw. von der Patientin.</translation>
    </message>
    <message>
        <source>Whole diary</source>
        <translation>Ganzes Tagebuch</translation>
    </message>
    <message>
        <source>No other medicines recorded.</source>
        <translation>Keine anderen Medikamente eingetragen.</translation>
    </message>
    <message>
        <source>Warning: %1 is an opioid, stopped recently.</source>
        <translation>Warnung: %1 ist ein Opioid und wurde kürzlich abgesetzt.</translation>
    </message>
    <message>
        <source>Warning: %1 is an %2 medicine and is on the patient&apos;s list.</source>
        <translation>Warnung: %1 ist ein Medikament der Gruppe %2 und steht auf der Liste des Patienten bzw. der Patientin.</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>With LDN</source>
        <translation>Mit LDN</translation>
    </message>
    <message>
        <source>no known interaction</source>
        <translation>keine bekannte Wechselwirkung</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgesetzt</translation>
    </message>
    <message>
        <source>Warning: do not combine</source>
        <translation>Warnung: nicht kombinieren</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>stopped %1</source>
        <translation>abgesetzt %1</translation>
    </message>
    <message>
        <source>Caution: %1 (%2)</source>
        <translation>Vorsicht: %1 (%2)</translation>
    </message>
    <message>
        <source>Each line is the %1-day rolling mean of a daily score (left axis, 0 to 10); %2. </source>
        <translation>Jede Linie ist der gleitende %1-Tage-Mittelwert eines Tageswerts (linke Achse, 0 bis 10); %2. </translation>
    </message>
    <message>
        <source>The black step line is the LDN dose (right axis)</source>
        <translation>Die schwarze Stufenlinie ist die LDN-Dosis (rechte Achse)</translation>
    </message>
    <message>
        <source>; triangles and dotted lines mark changes of dose.</source>
        <translation>; Dreiecke und gepunktete Linien markieren Dosisänderungen.</translation>
    </message>
    <message>
        <source> Speech bubbles mark the days with a note, listed under “%1”.</source>
        <translation> Sprechblasen markieren die Tage mit einer Notiz, aufgeführt unter „%1“.</translation>
    </message>
    <message>
        <source>No change of dose in this period.</source>
        <translation>Keine Dosisänderung in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>In the plan?</source>
        <translation>Laut Plan?</translation>
    </message>
    <message>
        <source>Reason or note</source>
        <translation>Grund oder Notiz</translation>
    </message>
    <message>
        <source>no plan</source>
        <translation>kein Plan</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>, %1 late</source>
        <translation>, %1 später</translation>
    </message>
    <message>
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>, %1 early</source>
        <translation>, %1 früher</translation>
    </message>
    <message>
        <source>Mean score at each dose</source>
        <translation>Mittlerer Wert bei jeder Dosis</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>, few days</source>
        <translation>, wenige Tage</translation>
    </message>
    <message>
        <source>0 mg (before LDN)</source>
        <translation>0 mg (vor LDN)</translation>
    </message>
    <message>
        <source>Before and after each change of dose</source>
        <translation>Vor und nach jeder Dosisänderung</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>not enough days</source>
        <translation>nicht genug Tage</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>no interval</source>
        <translation>kein Intervall</translation>
    </message>
    <message>
        <source>Welch&apos;s interval, which treats every day as independent and so is narrower, is in the analysis export (analyze --json). </source>
        <translation>Das Welch-Intervall, das jeden Tag als unabhängig behandelt und daher schmaler ist, steht im Analyse-Export (analyze --json). </translation>
    </message>
    <message>
        <source>No evidence library installed, so no published studies are listed.</source>
        <translation>Keine Studienbibliothek eingerichtet, daher sind keine veröffentlichten Studien aufgeführt.</translation>
    </message>
    <message>
        <source>No conditions are recorded in the profile, so no studies are listed.</source>
        <translation>Im Profil sind keine Erkrankungen eingetragen, daher sind keine Studien aufgeführt.</translation>
    </message>
    <message>
        <source>The evidence library holds no studies of LDN for %1.</source>
        <translation>Die Studienbibliothek enthält keine Studien zu LDN bei %1.</translation>
    </message>
    <message>
        <source>Studies of LDN for %1 in LDN Tracker&apos;s evidence library, one row per outcome. Results of no difference are listed beside positive ones; personal reports and advocacy are not counted.</source>
        <translation>Studien zu LDN bei %1 aus der Studienbibliothek von LDN Tracker, eine Zeile je Endpunkt. Ergebnisse ohne Unterschied stehen neben positiven; persönliche Berichte und Fürsprache werden nicht gezählt.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Strongest design</source>
        <translation>Stärkstes Design</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Certainty</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Refs</source>
        <translation>Lit.</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Literatur</translation>
    </message>
    <message>
        <source>Start of plan</source>
        <translation>Beginn des Plans</translation>
    </message>
    <message>
        <source>Scheduled step</source>
        <translation>Geplanter Schritt</translation>
    </message>
    <message>
        <source>LDN summary for %1</source>
        <translation>LDN-Zusammenfassung für %1</translation>
    </message>
    <message>
        <source>No diary days logged</source>
        <translation>Keine Tagebuchtage eingetragen</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>%1 (higher is better)</source>
        <translation>%1 (höher ist besser)</translation>
    </message>
    <message>
        <source>dose, mg (right axis)</source>
        <translation>Dosis, mg (rechte Achse)</translation>
    </message>
    <message>
        <source>change of dose</source>
        <translation>Dosisänderung</translation>
    </message>
    <message>
        <source>a note about the day (see %1)</source>
        <translation>eine Notiz zum Tag (siehe %1)</translation>
    </message>
    <message>
        <source>Score, 7-day mean (0–10)</source>
        <translation>Wert, 7-Tage-Mittel (0–10)</translation>
    </message>
    <message>
        <source>Dose (mg)</source>
        <translation>Dosis (mg)</translation>
    </message>
    <message>
        <source>%1: not in the evidence library.</source>
        <translation>%1: nicht in der Studienbibliothek.</translation>
    </message>
    <message>
        <source> %1 planned or under way, no results yet%2.</source>
        <translation> %1 geplant oder laufend, noch ohne Ergebnisse%2.</translation>
    </message>
    <message>
        <source>1 trial</source>
        <translation>1 Studie</translation>
    </message>
    <message>
        <source>%1 trials</source>
        <translation>%1 Studien</translation>
    </message>
    <message>
        <source>%1, position of %2: %3%4</source>
        <translation>%1, Position laut %2: %3%4</translation>
    </message>
    <message>
        <source>a guideline</source>
        <translation>einer Leitlinie</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>higher is better</source>
        <translation>höher ist besser</translation>
    </message>
    <message>
        <source>lower is better</source>
        <translation>niedriger ist besser</translation>
    </message>
    <message>
        <source>lower is better for every score</source>
        <translation>niedriger ist bei allen Werten besser</translation>
    </message>
    <message>
        <source>higher is better for every score</source>
        <translation>höher ist bei allen Werten besser</translation>
    </message>
    <message>
        <source>higher is better for %1, lower for the others</source>
        <translation>höher ist besser bei %1, niedriger bei den anderen</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Symptoms and dose over time</source>
        <translation>Symptome und Dosis im Verlauf</translation>
    </message>
    <message>
        <source>Dose history</source>
        <translation>Dosisverlauf</translation>
    </message>
    <message>
        <source>Symptoms at each dose</source>
        <translation>Symptome bei jeder Dosis</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Nebenwirkungen</translation>
    </message>
    <message>
        <source>Notes from carers</source>
        <translation>Notizen von Betreuungspersonen</translation>
    </message>
    <message>
        <source>Medicines and cautions</source>
        <translation>Medikamente und Vorsichtshinweise</translation>
    </message>
    <message>
        <source>Published evidence</source>
        <translation>Veröffentlichte Studien</translation>
    </message>
    <message>
        <source>Questions for the doctor</source>
        <translation>Fragen an die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <source>About this report</source>
        <translation>Über diesen Bericht</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine eingetragen</translation>
    </message>
    <message>
        <source>Conditions: %1. A daily diary of low-dose naltrexone (LDN) doses and symptom scores (0 to 10), kept by the patient.</source>
        <translation>Erkrankungen: %1. Ein tägliches Tagebuch der Dosen von niedrig dosiertem Naltrexon (LDN) und der Symptomwerte (0 bis 10), geführt vom Patienten bzw. von der Patientin.</translation>
    </message>
    <message>
        <source>No data for this period: no diary days are logged between %1 and %2.</source>
        <translation>Keine Daten für diesen Zeitraum: Zwischen %1 und %2 sind keine Tagebuchtage eingetragen.</translation>
    </message>
    <message>
        <source>No data for this period: no diary days are logged yet.</source>
        <translation>Keine Daten für diesen Zeitraum: Es sind noch keine Tagebuchtage eingetragen.</translation>
    </message>
    <message>
        <source>Titration plan</source>
        <translation>Aufdosierungsplan</translation>
    </message>
    <message>
        <source>Current dose</source>
        <translation>Aktuelle Dosis</translation>
    </message>
    <message>
        <source>No titration plan recorded.</source>
        <translation>Kein Aufdosierungsplan eingetragen.</translation>
    </message>
    <message>
        <source>Days logged</source>
        <translation>Eingetragene Tage</translation>
    </message>
    <message>
        <source>%1 taken, %2 missed</source>
        <translation>%1 genommen, %2 ausgelassen</translation>
    </message>
    <message>
        <source> (%1% of doses taken)</source>
        <translation> (%1 % der Dosen genommen)</translation>
    </message>
    <message>
        <source>; %1 at 0 mg (baseline or a planned pause)</source>
        <translation>; %1 mit 0 mg (Ausgangszeit oder geplante Pause)</translation>
    </message>
    <message>
        <source>Doses</source>
        <translation>Dosen</translation>
    </message>
    <message>
        <source>No dose taken in this period (only missed doses are logged).</source>
        <translation>In diesem Zeitraum keine Dosis genommen (nur ausgelassene Dosen sind eingetragen).</translation>
    </message>
    <message>
        <source>0 mg: not taking LDN (since %1).</source>
        <translation>0 mg: nimmt kein LDN (seit %1).</translation>
    </message>
    <message>
        <source>, usually at about %1</source>
        <translation>, meist gegen %1 Uhr</translation>
    </message>
    <message>
        <source>, since %1</source>
        <translation>, seit %1</translation>
    </message>
    <message>
        <source> (before this period)</source>
        <translation> (vor diesem Zeitraum)</translation>
    </message>
    <message>
        <source> Last dose logged %1.</source>
        <translation> Letzte eingetragene Dosis: %1.</translation>
    </message>
    <message>
        <source> Pharmacy: %1.</source>
        <translation> Apotheke: %1.</translation>
    </message>
    <message>
        <source>The plan starts on %1 at %2.</source>
        <translation>Der Plan beginnt am %1 mit %2.</translation>
    </message>
    <message>
        <source>On %1 the plan&apos;s dose is %2</source>
        <translation>Am %1 sieht der Plan %2 vor</translation>
    </message>
    <message>
        <source>, on hold</source>
        <translation>, angehalten</translation>
    </message>
    <message>
        <source>: target reached</source>
        <translation>: Zieldosis erreicht</translation>
    </message>
    <message>
        <source>; next step %1 on %2</source>
        <translation>; nächster Schritt %1 am %2</translation>
    </message>
    <message>
        <source>Every logged day followed the plan.</source>
        <translation>Jeder eingetragene Tag folgte dem Plan.</translation>
    </message>
    <message>
        <source>%1 off the plan (%2 missed).</source>
        <translation>%1 abweichend vom Plan (%2 ausgelassen).</translation>
    </message>
    <message>
        <source>logged day</source>
        <translation>eingetragener Tag</translation>
    </message>
    <message>
        <source>logged days</source>
        <translation>eingetragene Tage</translation>
    </message>
    <message>
        <source>Symptoms before LDN and in the last %1 days</source>
        <translation>Symptome vor LDN und in den letzten %1 Tagen</translation>
    </message>
    <message>
        <source>LDN has not been started in this diary (no dose above 0 mg is logged), so there is no before and after to compare.</source>
        <translation>In diesem Tagebuch wurde LDN noch nicht begonnen (keine Dosis über 0 mg eingetragen), daher gibt es kein Vorher und Nachher zum Vergleichen.</translation>
    </message>
    <message>
        <source>This report ends before the first dose of LDN (%1), so there is no before and after to compare.</source>
        <translation>Dieser Bericht endet vor der ersten LDN-Dosis (%1), daher gibt es kein Vorher und Nachher zum Vergleichen.</translation>
    </message>
    <message>
        <source>No baseline: no days at 0 mg are logged in the %1 weeks before the first dose of LDN (%2), so the scores now cannot be compared with the scores before LDN.</source>
        <translation>Kein Ausgangswert: In den %1 Wochen vor der ersten LDN-Dosis (%2) sind keine Tage mit 0 mg eingetragen, daher lassen sich die Werte jetzt nicht mit den Werten vor LDN vergleichen.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Before LDN</source>
        <translation>Vor LDN</translation>
    </message>
    <message>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>%1 (no interval)</source>
        <translation>%1 (kein Intervall)</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>kein Vergleich</translation>
    </message>
    <message>
        <source>started in a flare</source>
        <translation>im Schub begonnen</translation>
    </message>
    <message>
        <source>Means of the daily scores (0 to 10) with the days scored (n); %1.</source>
        <translation>Mittelwerte der Tageswerte (0 bis 10) mit der Zahl bewerteter Tage (n); %1.</translation>
    </message>
    <message>
        <source>LDN was started on %1</source>
        <translation>LDN wurde am %1 begonnen</translation>
    </message>
    <message>
        <source>, the last day of this report.</source>
        <translation>, dem letzten Tag dieses Berichts.</translation>
    </message>
    <message>
        <source>, %1 before the last day of this report</source>
        <translation>; vom Beginn bis zum letzten Tag dieses Berichts: %1</translation>
    </message>
    <message>
        <source> (and before its first day).</source>
        <translation> (und vor seinem ersten Tag).</translation>
    </message>
    <message>
        <source>in the worst quarter of the patient&apos;s own scores before LDN, or getting worse</source>
        <translation>im schlechtesten Viertel der eigenen Werte vor LDN oder in einer Phase der Verschlechterung</translation>
    </message>
    <message>
        <source>in the worst quarter of the patient&apos;s own scores before LDN</source>
        <translation>im schlechtesten Viertel der eigenen Werte vor LDN</translation>
    </message>
    <message>
        <source>getting worse during those weeks</source>
        <translation>in diesen Wochen in einer Phase der Verschlechterung</translation>
    </message>
    <message>
        <source>LDN was started during a flare: before the first dose, %1 %2 %3. Part of any improvement may be regression to the mean, unusually bad scores drifting back towards their usual level on their own.</source>
        <translation>LDN wurde während eines Schubs begonnen: Vor der ersten Dosis %2 %1 %3. Ein Teil jeder Besserung kann Regression zur Mitte sein – ungewöhnlich schlechte Werte kehren von selbst zu ihrem üblichen Niveau zurück.</translation>
    </message>
    <message>
        <source>was</source>
        <translation>lag</translation>
    </message>
    <message>
        <source>were</source>
        <translation>lagen</translation>
    </message>
    <message>
        <source>This report comes from the patient&apos;s own diary, entered in LDN Tracker; it is self-reported and is not a clinical trial. A diary of one person (n-of-1) has no placebo, no blinding and no control group: scores drift on their own and with expectations, and other changes at the same time (season, infections, activity, other medicines) can explain a difference. Averages over few days are fragile. LDN is usually prescribed off-label. The report is meant to support a conversation with a GP or specialist, not to replace clinical judgement.</source>
        <translation>Dieser Bericht stammt aus dem eigenen Tagebuch des Patienten bzw. der Patientin, geführt mit LDN Tracker; er beruht auf Selbstangaben und ist keine klinische Studie. Das Tagebuch eines einzelnen Menschen (n-of-1) hat kein Placebo, keine Verblindung und keine Kontrollgruppe: Werte schwanken von selbst und mit den Erwartungen, und andere Veränderungen zur selben Zeit (Jahreszeit, Infekte, Aktivität, andere Medikamente) können einen Unterschied erklären. Mittelwerte über wenige Tage sind wenig belastbar. LDN wird meist off-label verordnet. Der Bericht soll ein Gespräch in der Hausarzt- oder Facharztpraxis unterstützen, nicht die ärztliche Beurteilung ersetzen.</translation>
    </message>
    <message>
        <source>Means per dose leave out the first %1 after each change, while the body adjusts. </source>
        <translation>Die Mittelwerte je Dosis lassen nach jeder Änderung die ersten %1 aus, während sich der Körper einstellt. </translation>
    </message>
    <message>
        <source>Before/after: the mean of the %1 before a change is compared with the %1 starting %2 after it; the difference is after − before, under it the 95% confidence interval (Newey–West: it allows for a day&apos;s score resembling the day before&apos;s) and the days on each side. An interval that includes 0 means no clear change. </source>
        <translation>Vorher/nachher: Der Mittelwert der %1 vor einer Änderung wird mit dem Mittelwert der %1 verglichen, die %2 danach beginnen; der Unterschied ist nachher − vorher, darunter das 95-%-Konfidenzintervall (Newey–West: Es berücksichtigt, dass der Wert eines Tages dem des Vortags ähnelt) und die Tage auf jeder Seite. Ein Intervall, das 0 einschließt, bedeutet keine klare Änderung. </translation>
    </message>
    <message>
        <source>%1 The scores were already improving or worsening in the %2 before this change (a trend whose 95% interval excludes 0), so part of the difference may not be the change&apos;s. </source>
        <translation>%1 Die Werte wurden schon vor dieser Änderung besser oder schlechter (Zeitraum davor: %2; ein Trend, dessen 95-%-Intervall 0 ausschließt), ein Teil des Unterschieds geht also vielleicht nicht auf die Änderung zurück. </translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>%1 mg, +%2 mg %3, to %4 mg (%5 plan, from %6). </source>
        <translation>%1 mg, +%2 mg %3, bis %4 mg (Plan „%5“, ab %6). </translation>
    </message>
    <message>
        <source>“Few days”: fewer than %1 days, treat with caution.</source>
        <translation>„Wenige Tage“: weniger als %1 Tage, mit Vorsicht lesen.</translation>
    </message>
    <message>
        <source>Before LDN: the days at 0 mg in the %1 weeks before the first dose. Means of the daily scores (0 to 10) with the days scored (n); %2. Difference: last %3 days − before LDN, with its 95% confidence interval (Newey–West), which allows for a day&apos;s score resembling the day before&apos;s and so is wider than a comparison that treats every day as independent. “Better” or “worse” only when the interval excludes 0; otherwise “no clear change”. Not a trial result: see the notes at the end.</source>
        <translation>Vor LDN: die Tage mit 0 mg in den %1 Wochen vor der ersten Dosis. Mittelwerte der Tageswerte (0 bis 10) mit der Zahl bewerteter Tage (n); %2. Unterschied: letzte %3 Tage − vor LDN, mit 95-%-Konfidenzintervall (Newey–West), das berücksichtigt, dass der Wert eines Tages dem des Vortags ähnelt, und daher breiter ist als ein Vergleich, der jeden Tag als unabhängig behandelt. „Besser“ oder „schlechter“ nur, wenn das Intervall 0 ausschließt; sonst „keine klare Änderung“. Kein Studienergebnis: siehe die Hinweise am Ende.</translation>
    </message>
    <message>
        <source>%1 of 1 day in this period (%2%)</source>
        <translation>%1 von 1 Tag in diesem Zeitraum (%2 %)</translation>
    </message>
    <message>
        <source>%1 of %2 days in this period (%3%)</source>
        <translation>%1 von %2 Tagen in diesem Zeitraum (%3 %)</translation>
    </message>
    <message>
        <source>%1 point</source>
        <translation>%1 Punkt</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 Punkte</translation>
    </message>
    <message>
        <source>No titration plan is recorded: the dose is raised as agreed with the doctor.</source>
        <translation>Kein Aufdosierungsplan eingetragen: Die Dosis wird wie mit der Ärztin oder dem Arzt vereinbart erhöht.</translation>
    </message>
    <message>
        <source>%1 a day from %2.</source>
        <translation>%1 täglich ab %2.</translation>
    </message>
    <message>
        <source>From %1: %2 a day, raised by %3 every %4 up to %5 (slower if side effects appear).</source>
        <translation>Ab %1: %2 täglich, alle %4 um %3 erhöht bis %5 (langsamer, wenn Nebenwirkungen auftreten).</translation>
    </message>
    <message>
        <source>None: %1 already takes %2 of LDN, so the trial starts from that dose; the days logged before LDN, if any, serve as the baseline.</source>
        <translation>Keiner: %1 nimmt bereits %2 LDN, der Versuch beginnt also mit dieser Dosis; als Ausgangswert dienen die vor LDN eingetragenen Tage, falls es welche gibt.</translation>
    </message>
    <message>
        <source>None: LDN starts on the first day of the trial.</source>
        <translation>Keiner: LDN beginnt am ersten Tag des Versuchs.</translation>
    </message>
    <message>
        <source>%1 at 0 mg (no LDN), %2 to %3, to see how the symptoms run without it.</source>
        <translation>%1 mit 0 mg (kein LDN), %2 bis %3, um zu sehen, wie die Beschwerden ohne LDN verlaufen.</translation>
    </message>
    <message>
        <source>%1 weeks after the target dose is reached</source>
        <translation>%1 Wochen nach Erreichen der Zieldosis</translation>
    </message>
    <message>
        <source>%1 weeks after the baseline</source>
        <translation>%1 Wochen nach dem Ausgangszeitraum</translation>
    </message>
    <message>
        <source>%1 weeks after the start</source>
        <translation>%1 Wochen nach dem Beginn</translation>
    </message>
    <message>
        <source>%1 (%2), with the doctor: continue, change the dose or stop.</source>
        <translation>%1 (%2), gemeinsam mit der Ärztin oder dem Arzt: weitermachen, die Dosis ändern oder beenden.</translation>
    </message>
    <message>
        <source>%1 (stopped %2)</source>
        <translation>%1 (abgesetzt %2)</translation>
    </message>
    <message>
        <source>Other medicines: %1.</source>
        <translation>Weitere Medikamente: %1.</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Patient/in: %1</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>Ärztin/Arzt</translation>
    </message>
    <message>
        <source>Name and practice</source>
        <translation>Name und Praxis</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>%1 and their doctor agree to try low-dose naltrexone (LDN) in a supervised trial in this one person. What counts as a benefit, when it is judged and when to stop are agreed now, before any results are known. LDN is prescribed off-label for these conditions.</source>
        <translation>%1 und die behandelnde Ärztin oder der behandelnde Arzt vereinbaren, niedrig dosiertes Naltrexon (LDN) in einem begleiteten Versuch bei dieser einen Person zu erproben. Was als Nutzen zählt, wann er beurteilt wird und wann abgebrochen wird, wird jetzt festgelegt, bevor Ergebnisse vorliegen. LDN wird für diese Erkrankungen außerhalb der Zulassung (off-label) verordnet.</translation>
    </message>
    <message>
        <source>The trial</source>
        <translation>Der Versuch</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Primary outcomes</source>
        <translation>Hauptzielgrößen</translation>
    </message>
    <message>
        <source>Smallest change that matters</source>
        <translation>Kleinste Veränderung, die zählt</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Ausgangszeitraum</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>%1, each rated every day from 0 to 10.</source>
        <translation>%1, jeweils täglich von 0 bis 10 bewertet.</translation>
    </message>
    <message>
        <source>What is measured, and how it is judged</source>
        <translation>Was gemessen wird und wie es beurteilt wird</translation>
    </message>
    <message>
        <source>When to stop early</source>
        <translation>Wann vorzeitig abgebrochen wird</translation>
    </message>
    <message>
        <source>A side effect rated severe (3) on two days in a row: stop LDN and contact the doctor.</source>
        <translation>Eine Nebenwirkung an zwei Tagen hintereinander als schwer (3) bewertet: LDN absetzen und die Ärztin oder den Arzt kontaktieren.</translation>
    </message>
    <message>
        <source>An opioid is needed or added (pain relief after an injury or an operation): stop LDN and tell the prescriber, as below.</source>
        <translation>Ein Opioid wird nötig oder kommt hinzu (Schmerzmittel nach einer Verletzung oder Operation): LDN absetzen und die verordnende Person informieren, siehe unten.</translation>
    </message>
    <message>
        <source>Either of us may end the trial at any time; the reason is written in the diary.</source>
        <translation>Jede Seite kann den Versuch jederzeit beenden; der Grund wird im Tagebuch festgehalten.</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Medikamente</translation>
    </message>
    <message>
        <source>Warning: %1 is an opioid and is on the patient&apos;s list.</source>
        <translation>Warnung: %1 ist ein Opioid und steht auf der Medikamentenliste.</translation>
    </message>
    <message>
        <source>No opioids with LDN</source>
        <translation>Keine Opioide zusammen mit LDN</translation>
    </message>
    <message>
        <source>Naltrexone blocks opioids (codeine, tramadol, morphine, oxycodone and others): they will not relieve pain, and taking LDN with or soon after one can cause withdrawal. Tell every prescriber, dentist and hospital about LDN, and stop it before a planned operation as the doctor advises.</source>
        <translation>Naltrexon blockiert Opioide (Codein, Tramadol, Morphin, Oxycodon und andere): Sie lindern dann keine Schmerzen, und LDN zusammen mit einem Opioid oder kurz danach kann Entzugserscheinungen auslösen. Allen Verordnenden, der Zahnarztpraxis und dem Krankenhaus von LDN erzählen und es vor einer geplanten Operation nach ärztlichem Rat absetzen.</translation>
    </message>
    <message>
        <source>What studies say about LDN for these conditions</source>
        <translation>Was Studien zu LDN bei diesen Erkrankungen zeigen</translation>
    </message>
    <message>
        <source>The evidence library holds no studies of LDN for these conditions.</source>
        <translation>Die Studienbibliothek enthält keine Studien zu LDN bei diesen Erkrankungen.</translation>
    </message>
    <message>
        <source>What the studies in LDN Tracker&apos;s evidence library found, outcome by outcome; results of no difference are listed beside positive ones. The GP report gives the studies, their designs and references.</source>
        <translation>Was die Studien in der Studienbibliothek von LDN Tracker gefunden haben, Zielgröße für Zielgröße; Ergebnisse ohne Unterschied stehen neben positiven. Der Hausarztbericht nennt die Studien, ihre Designs und die Quellen.</translation>
    </message>
    <message>
        <source>… and %1 more in the GP report&apos;s evidence section.</source>
        <translation>… und %1 weitere im Studienabschnitt des Hausarztberichts.</translation>
    </message>
    <message>
        <source>We have read this page and agree to the trial as written.</source>
        <translation>Wir haben diese Seite gelesen und sind mit dem Versuch wie beschrieben einverstanden.</translation>
    </message>
    <message>
        <source>Trial agreement: LDN for %1</source>
        <translation>Vereinbarung über einen LDN-Versuch für %1</translation>
    </message>
    <message>
        <source>Trial from %1, review on %2</source>
        <translation>Versuch ab %1, Auswertung am %2</translation>
    </message>
    <message>
        <source>Prepared %1</source>
        <translation>Erstellt am %1</translation>
    </message>
    <message>
        <source>%1 on the 0–10 scale: a smaller change would not be worth taking LDN for.</source>
        <translation>%1 auf der Skala von 0 bis 10: Eine kleinere Veränderung wäre es nicht wert, LDN zu nehmen.</translation>
    </message>
    <message>
        <source>Every day, in the LDN Tracker diary: the LDN dose taken or missed, each primary outcome from 0 to 10, the other symptoms of the diary, and side effects as mild, moderate or severe. At the review, each primary outcome&apos;s days before LDN are compared with its last 28 days, with a 95% interval that allows for good and bad spells (Newey–West); the answer to “improved by at least %1?” is yes only when the whole interval reaches it, no when none of it does, and otherwise “can&apos;t tell”. An open trial has no placebo: expectation and the natural ups and downs of the condition can look like an effect.</source>
        <translation>Jeden Tag im Tagebuch von LDN Tracker: die genommene oder vergessene LDN-Dosis, jede Hauptzielgröße von 0 bis 10, die übrigen Beschwerden des Tagebuchs und Nebenwirkungen als leicht, mittel oder schwer. Bei der Auswertung werden für jede Hauptzielgröße die Tage vor LDN mit den letzten 28 Tagen verglichen, mit einem 95-%-Intervall, das gute und schlechte Phasen berücksichtigt (Newey–West); die Antwort auf „um mindestens %1 gebessert?“ ist nur dann ja, wenn das ganze Intervall diesen Wert erreicht, nein, wenn kein Teil davon ihn erreicht, und sonst „nicht zu sagen“. Ein offener Versuch hat kein Placebo: Erwartung und das natürliche Auf und Ab der Erkrankung können wie eine Wirkung aussehen.</translation>
    </message>
    <message>
        <source>Trial of LDN</source>
        <translation>LDN-Versuch</translation>
    </message>
    <message>
        <source>An open trial of LDN agreed with the doctor, started %1: primary outcomes %2; the smallest change that matters to the patient is %3.</source>
        <translation>Ein offener, mit der Ärztin oder dem Arzt vereinbarter LDN-Versuch, begonnen am %1: Hauptzielgrößen %2; die kleinste Veränderung, die für die Patientin oder den Patienten zählt, beträgt %3.</translation>
    </message>
    <message>
        <source>Stopped on %1: %2</source>
        <translation>Beendet am %1: %2</translation>
    </message>
    <message>
        <source>Trial under way: review on %1.</source>
        <translation>Versuch läuft: Auswertung am %1.</translation>
    </message>
    <message>
        <source>Review from %1 to %2 (review date %3): each outcome&apos;s days before LDN against its recent days (up to the last 28 of the trial); the improvement is positive when the symptom got better.</source>
        <translation>Auswertung vom %1 bis %2 (Auswertungstermin %3): für jede Zielgröße die Tage vor LDN gegen die jüngsten Tage (bis zu den letzten 28 des Versuchs); die Besserung ist positiv, wenn die Beschwerde besser wurde.</translation>
    </message>
    <message>
        <source>mean (n)</source>
        <translation>Mittel (n)</translation>
    </message>
    <message>
        <source>Recent</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Improvement</source>
        <translation>Besserung</translation>
    </message>
    <message>
        <source>95% interval (Newey–West)</source>
        <translation>95-%-Intervall (Newey–West)</translation>
    </message>
    <message>
        <source>Improved by at least %1?</source>
        <translation>Um mindestens %1 gebessert?</translation>
    </message>
    <message>
        <source>“Yes” only when the whole interval reaches the smallest change that matters; “no” when none of it does; otherwise the diary cannot tell.</source>
        <translation>„Ja“ nur, wenn das ganze Intervall die kleinste Veränderung, die zählt, erreicht; „nein“, wenn kein Teil davon sie erreicht; sonst lässt das Tagebuch es offen.</translation>
    </message>
    <message>
        <source>Adherence</source>
        <translation>Einnahmetreue</translation>
    </message>
    <message>
        <source>%1 of %2 days logged; %3 taken as planned (%4%), %5 missed.</source>
        <translation>%1 von %2 Tagen eingetragen; %3 wie geplant genommen (%4 %), %5 vergessen.</translation>
    </message>
    <message>
        <source>%1 on %2 (%3 severe; worst %4)</source>
        <translation>%1 an %2 (%3 schwer; am stärksten %4)</translation>
    </message>
    <message>
        <source>none logged</source>
        <translation>keine eingetragen</translation>
    </message>
    <message>
        <source>Limits of an open trial: %1</source>
        <translation>Grenzen eines offenen Versuchs: %1</translation>
    </message>
</context>
<context>
    <name>ldn::LanguageMenu</name>
    <message>
        <source>As the &amp;desktop</source>
        <translation>Wie der &amp;Desktop</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>LDN Tracker will speak %1 from its next start.</source>
        <translation>LDN Tracker spricht ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>ldn::MainWindow</name>
    <message>
        <source>1 day logged</source>
        <translation>1 Tag eingetragen</translation>
    </message>
    <message numerus="yes">
        <source>%n days logged</source>
        <translation>
            <numerusform>%n Tag eingetragen</numerusform>
            <numerusform>%n Tage eingetragen</numerusform>
        </translation>
    </message>
    <message>
        <source>The diary of %1 could not be read.</source>
        <translation>Das Tagebuch von %1 konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The list of profiles could not be read.</source>
        <translation>Die Liste der Profile konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>LDN Tracker — Reviewing %1&apos;s diary (read-only)</source>
        <translation>LDN Tracker — Durchsicht des Tagebuchs von %1 (schreibgeschützt)</translation>
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
        <translation>Das Tagebuch konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The profile could not be read.</source>
        <translation>Das Profil konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Remove profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <source>Remove %1&apos;s profile?</source>
        <translation>Das Profil von %1 entfernen?</translation>
    </message>
    <message>
        <source>Everything in it goes: its days, notes, medicines and plans. A backup of the whole diary is made first, and until you close LDN Tracker the removal can be undone.</source>
        <translation>Alles darin geht verloren: Tage, Notizen, Medikamente und Pläne. Vorher wird eine Sicherung des ganzen Tagebuchs angelegt, und bis Sie LDN Tracker schließen, lässt sich das Entfernen rückgängig machen.</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>&amp;Undo removal of %1</source>
        <translation>Entfernen von %1 &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>The profile was not removed.</source>
        <translation>Das Profil wurde nicht entfernt.</translation>
    </message>
    <message>
        <source>%1&apos;s profile is back, with all of its diary.</source>
        <translation>Das Profil von %1 ist wieder da, mit dem ganzen Tagebuch.</translation>
    </message>
    <message>
        <source>Reviewing %1&apos;s diary from %2 — read-only</source>
        <translation>Durchsicht des Tagebuchs von %1 aus %2 — schreibgeschützt</translation>
    </message>
    <message>
        <source>Reviewing (read-only): %1 · your own diary: %2</source>
        <translation>Durchsicht (schreibgeschützt): %1 · Ihr eigenes Tagebuch: %2</translation>
    </message>
    <message>
        <source>Diary file: %1</source>
        <translation>Tagebuchdatei: %1</translation>
    </message>
    <message>
        <source>Open a diary for review</source>
        <translation>Ein Tagebuch zur Durchsicht öffnen</translation>
    </message>
    <message>
        <source>LDN Tracker diaries (*.sqlite *.db);;Exported backups (*.json);;All files (*)</source>
        <translation>LDN-Tracker-Tagebücher (*.sqlite *.db);;Exportierte Sicherungen (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 cannot be opened for review.</source>
        <translation>%1 kann nicht zur Durchsicht geöffnet werden.</translation>
    </message>
    <message>
        <source>%1 cannot be opened for review.

%2</source>
        <translation>%1 kann nicht zur Durchsicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>About LDN Tracker</source>
        <translation>Über LDN Tracker</translation>
    </message>
    <message>
        <source>&lt;h3&gt;LDN Tracker %1&lt;/h3&gt;&lt;p&gt;A private diary of low-dose naltrexone doses, symptoms and side effects.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;LDN Tracker makes no network connections; your diary stays in &lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;LDN Tracker %1&lt;/h3&gt;&lt;p&gt;Ein privates Tagebuch über Dosen von niedrig dosiertem Naltrexon, Symptome und Nebenwirkungen.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später (GPL-3.0-or-later).&lt;/p&gt;&lt;p&gt;LDN Tracker baut keine Netzwerkverbindungen auf; Ihr Tagebuch bleibt in &lt;br&gt;&lt;code&gt;%2&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ldn::MedicationStopDialog</name>
    <message>
        <source>When %1 was stopped</source>
        <translation>Wann %1 abgesetzt wurde</translation>
    </message>
    <message>
        <source>Stop %1</source>
        <translation>%1 absetzen</translation>
    </message>
    <message>
        <source>%1 stays on the list as stopped, with the day it stopped, so the GP report can say so.</source>
        <translation>%1 bleibt als abgesetzt auf der Liste, mit dem Tag des Absetzens, damit der Hausarztbericht es angeben kann.</translation>
    </message>
    <message>
        <source>Stopped on</source>
        <translation>Abgesetzt am</translation>
    </message>
    <message>
        <source>&amp;Stopped on</source>
        <translation>&amp;Abgesetzt am</translation>
    </message>
    <message>
        <source>The opioid warning stays for %1 days after this day: the trials of LDN left out anyone who had taken an opioid in the 15 days to 4 weeks before.</source>
        <translation>Die Opioid-Warnung bleibt %1 Tage nach diesem Tag bestehen: Die Studien zu LDN schlossen alle aus, die in den 15 Tagen bis 4 Wochen davor ein Opioid genommen hatten.</translation>
    </message>
    <message>
        <source>Change the day</source>
        <translation>Tag ändern</translation>
    </message>
    <message>
        <source>Mark stopped</source>
        <translation>Als abgesetzt markieren</translation>
    </message>
    <message>
        <source>Still &amp;taking it</source>
        <translation>Wird noch &amp;genommen</translation>
    </message>
    <message>
        <source>The stop could not be saved: %1</source>
        <translation>Das Absetzen konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ldn::NewProfileDialog</name>
    <message>
        <source>Create profile</source>
        <translation>Profil anlegen</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Choose what “%1” means below, or clear the field.</source>
        <translation>Wählen Sie unten, was „%1“ bedeutet, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ldn::OpenTrialReview</name>
    <message>
        <source>No placebo: an open trial cannot separate what LDN does from what taking any new treatment does.</source>
        <translation>Kein Placebo: Ein offener Versuch kann nicht trennen, was LDN bewirkt und was die Einnahme irgendeiner neuen Behandlung bewirkt.</translation>
    </message>
    <message>
        <source>Expectation: knowing that you take LDN, and hoping it helps, can change how you feel and how you score.</source>
        <translation>Erwartung: Zu wissen, dass Sie LDN nehmen, und zu hoffen, dass es hilft, kann verändern, wie Sie sich fühlen und wie Sie bewerten.</translation>
    </message>
    <message>
        <source>Regression to the mean: people often start a treatment when they feel at their worst, and from there most days are better whatever is taken.</source>
        <translation>Regression zur Mitte: Viele beginnen eine Behandlung, wenn es ihnen am schlechtesten geht, und von dort aus sind die meisten Tage besser, egal was man nimmt.</translation>
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
        <translation>Jedes Symptom vor LDN und in den letzten 28 Tagen</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 Woche</translation>
    </message>
    <message>
        <source>%1 weeks</source>
        <translation>%1 Wochen</translation>
    </message>
    <message>
        <source>1 month</source>
        <translation>1 Monat</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 Monate</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <source>%1 years</source>
        <translation>%1 Jahre</translation>
    </message>
    <message>
        <source>Since starting LDN: </source>
        <translation>Seit Beginn von LDN: </translation>
    </message>
    <message>
        <source>Since starting LDN: these dates end before the first dose of LDN (%1).</source>
        <translation>Seit Beginn von LDN: Dieser Zeitraum endet vor der ersten LDN-Dosis (%1).</translation>
    </message>
    <message>
        <source>Since starting LDN (first dose %1): </source>
        <translation>Seit Beginn von LDN (erste Dosis %1): </translation>
    </message>
    <message>
        <source>Since starting LDN: each symptom in the 4 weeks before the first dose (%1) against the last %2 of these dates. Mean (days scored); difference: last %2 − before LDN, with its 95% interval.</source>
        <translation>Seit Beginn von LDN: jedes Symptom in den 4 Wochen vor der ersten Dosis (%1) im Vergleich zu den Werten der letzten %2 dieses Zeitraums. Mittelwert (bewertete Tage); Unterschied: letzte %2 − vor LDN, mit 95-%-Intervall.</translation>
    </message>
    <message>
        <source>Symptom</source>
        <translation>Symptom</translation>
    </message>
    <message>
        <source>Before LDN</source>
        <translation>Vor LDN</translation>
    </message>
    <message>
        <source>Last %1</source>
        <translation>Letzte %1</translation>
    </message>
    <message>
        <source>Difference (95% interval)</source>
        <translation>Unterschied (95-%-Intervall)</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Einschätzung</translation>
    </message>
    <message>
        <source>Scored on %1 at 0 mg, %2 – %3.</source>
        <translation>Bewertet an %1 mit 0 mg, %2 – %3.</translation>
    </message>
    <message>
        <source>No %1 scores in the 4 weeks before LDN.</source>
        <translation>Keine Werte für %1 in den 4 Wochen vor LDN.</translation>
    </message>
    <message>
        <source>Scored on %1, %2 – %3.</source>
        <translation>Bewertet an %1, %2 – %3.</translation>
    </message>
    <message>
        <source>No %1 scores in the last 28 days.</source>
        <translation>Keine Werte für %1 in den letzten 28 Tagen.</translation>
    </message>
    <message>
        <source>%1 (no interval)</source>
        <translation>%1 (kein Intervall)</translation>
    </message>
    <message>
        <source>Last 28 days − before LDN: %1 points, %2.</source>
        <translation>Letzte 28 Tage − vor LDN: %1 Punkte, %2.</translation>
    </message>
    <message>
        <source>The interval includes 0: no clear change.</source>
        <translation>Das Intervall schließt 0 ein: keine klare Änderung.</translation>
    </message>
    <message>
        <source>The interval excludes 0, but a diary cannot tell LDN from everything else that changed.</source>
        <translation>Das Intervall schließt 0 aus, aber ein Tagebuch kann LDN nicht von allem anderen trennen, was sich verändert hat.</translation>
    </message>
    <message>
        <source>started in a flare</source>
        <translation>im Schub begonnen</translation>
    </message>
    <message>
        <source>%1 was in a flare when LDN was started: part of any improvement may be regression to the mean.</source>
        <translation>%1 war in einem Schub, als LDN begonnen wurde: Ein Teil jeder Besserung kann Regression zur Mitte sein.</translation>
    </message>
    <message>
        <source>LDN was started on the last of these days.</source>
        <translation>LDN wurde am letzten dieser Tage begonnen.</translation>
    </message>
    <message>
        <source>LDN was started %1 before the last of these days.</source>
        <translation>LDN wurde %1 vor dem letzten dieser Tage begonnen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>⚠ LDN was started during a flare of %1 (scores in the worst quarter of your own scores before LDN, or getting worse): part of any improvement may be regression to the mean, bad spells easing on their own.</source>
        <translation>⚠ LDN wurde während eines Schubs von %1 begonnen (Werte im schlechtesten Viertel Ihrer eigenen Werte vor LDN oder sich verschlechternd): Ein Teil jeder Besserung kann Regression zur Mitte sein – schlechte Phasen klingen von selbst ab.</translation>
    </message>
    <message>
        <source>(Lag-1 autocorrelation: %1.)</source>
        <translation>(Autokorrelation, Lag 1: %1.)</translation>
    </message>
</context>
<context>
    <name>ldn::PharmacySheet</name>
    <message>
        <source>Pharmacy sheet: blinded trial of LDN for %1</source>
        <translation>Apothekenblatt: verblindete LDN-Studie für %1</translation>
    </message>
    <message>
        <source>Printed %1</source>
        <translation>Gedruckt am %1</translation>
    </message>
    <message>
        <source>For the pharmacy only: keep this sheet from the patient and their carers</source>
        <translation>Nur für die Apotheke: dieses Blatt nicht der Patientin oder dem Patienten und den Betreuenden zeigen</translation>
    </message>
    <message>
        <source>It shows which periods give LDN and which give placebo. The trial is blinded: if the patient or a carer sees this sheet before the last period ends, the trial can no longer tell what LDN does from what is expected of it.</source>
        <translation>Es zeigt, welche Zeiträume LDN und welche Placebo enthalten. Die Studie ist verblindet: Sieht die Patientin, der Patient oder eine betreuende Person dieses Blatt vor dem Ende des letzten Zeitraums, kann die Studie nicht mehr unterscheiden, was LDN bewirkt und was nur erwartet wird.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient/in</translation>
    </message>
    <message>
        <source>LDN capsules</source>
        <translation>LDN-Kapseln</translation>
    </message>
    <message>
        <source>Placebo capsules</source>
        <translation>Placebo-Kapseln</translation>
    </message>
    <message>
        <source>Capsules</source>
        <translation>Kapseln</translation>
    </message>
    <message>
        <source>Design</source>
        <translation>Aufbau</translation>
    </message>
    <message>
        <source>naltrexone %1 in each capsule</source>
        <translation>Naltrexon %1 je Kapsel</translation>
    </message>
    <message>
        <source>the same size, colour, filler and taste, without naltrexone</source>
        <translation>gleiche Größe, Farbe, Füllstoff und Geschmack, ohne Naltrexon</translation>
    </message>
    <message>
        <source>%1 per period (one a day), %2 in all</source>
        <translation>%1 je Zeitraum (eine pro Tag), %2 insgesamt</translation>
    </message>
    <message>
        <source>%1 pairs of periods back to back; in each pair one LDN period and one placebo period, in random order</source>
        <translation>%1 Paare aufeinanderfolgender Zeiträume; in jedem Paar ein LDN-Zeitraum und ein Placebo-Zeitraum, in zufälliger Reihenfolge</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Paar</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Fill with</source>
        <translation>Füllen mit</translation>
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
        <translation>Jede Packung nur mit der Nummer und den Daten ihres Zeitraums beschriften, nie mit ihrem Inhalt, damit alle Packungen gleich aussehen.</translation>
    </message>
    <message>
        <source>Unblinding code</source>
        <translation>Entblindungscode</translation>
    </message>
    <message>
        <source>Give this code to the patient or their doctor only after the last period has ended (%1). Entered in LDN Tracker, it reveals which periods gave LDN and lets the analysis run. A code typed wrongly changes nothing.</source>
        <translation>Geben Sie diesen Code der Patientin, dem Patienten oder der Ärztin bzw. dem Arzt erst nach dem Ende des letzten Zeitraums (%1). In LDN Tracker eingegeben, zeigt er, welche Zeiträume LDN enthielten, und die Auswertung kann laufen. Ein falsch eingegebener Code ändert nichts.</translation>
    </message>
</context>
<context>
    <name>ldn::PlanDialog</name>
    <message>
        <source>%1 mg from %2</source>
        <translation>%1 mg ab %2</translation>
    </message>
    <message>
        <source>Set plan</source>
        <translation>Plan festlegen</translation>
    </message>
    <message>
        <source>Your current plan (started %1) ends the day before this one starts. It stays in the history.</source>
        <translation>Ihr jetziger Plan (begonnen %1) endet am Tag, bevor dieser beginnt. Er bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>The plan could not be saved: %1</source>
        <translation>Der Plan konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ldn::PlanPage</name>
    <message>
        <source>since %1</source>
        <translation>seit %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
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
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Behutsam</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Eigener</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>every %1 days</source>
        <translation>alle %1 Tage</translation>
    </message>
    <message>
        <source>%1 mg, +%2 mg %3, to %4 mg (maximum %5 mg)</source>
        <translation>%1 mg, +%2 mg %3, bis %4 mg (höchstens %5 mg)</translation>
    </message>
    <message>
        <source>+%1 mg %2, maximum %3 mg</source>
        <translation>+%1 mg %2, höchstens %3 mg</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>morgen</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Genommen</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medikament</translation>
    </message>
    <message>
        <source>With LDN</source>
        <translation>Mit LDN</translation>
    </message>
    <message>
        <source>No profile is open.</source>
        <translation>Kein Profil ist geöffnet.</translation>
    </message>
    <message>
        <source>The plan could not be read: %1</source>
        <translation>Der Plan konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The medicines could not be read: %1</source>
        <translation>Die Medikamente konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no titration plan yet. A plan works out the dose for each day: it starts low and steps up at a steady pace until the target.</source>
        <translation>Es gibt noch keinen Aufdosierungsplan. Ein Plan legt die Dosis für jeden Tag fest: Er beginnt niedrig und steigert gleichmäßig bis zur Zieldosis.</translation>
    </message>
    <message>
        <source>The plan starts on %1</source>
        <translation>Der Plan beginnt am %1</translation>
    </message>
    <message>
        <source>First dose: %1 (%2)</source>
        <translation>Erste Dosis: %1 (%2)</translation>
    </message>
    <message>
        <source>Today: %1 planned</source>
        <translation>Heute: %1 geplant</translation>
    </message>
    <message>
        <source>On hold since %1: no further steps until you resume</source>
        <translation>Angehalten seit %1: keine weiteren Schritte, bis Sie fortsetzen</translation>
    </message>
    <message>
        <source>Target of %1 reached</source>
        <translation>Zieldosis %1 erreicht</translation>
    </message>
    <message>
        <source>Next step: %1 on %2 (%3)</source>
        <translation>Nächster Schritt: %1 am %2 (%3)</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>begonnen %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>beginnt %1</translation>
    </message>
    <message>
        <source>%1 plan: %2, %3</source>
        <translation>Plan „%1“: %2, %3</translation>
    </message>
    <message>
        <source>Current plan</source>
        <translation>Aktueller Plan</translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>New plan (%1)</source>
        <translation>Neuer Plan (%1)</translation>
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
        <translation>Ausgelassen</translation>
    </message>
    <message>
        <source>Days that differed from the plan</source>
        <translation>Tage mit Abweichung vom Plan</translation>
    </message>
    <message>
        <source>Days that differed from the plan (%1)</source>
        <translation>Tage mit Abweichung vom Plan (%1)</translation>
    </message>
    <message>
        <source>Stopped (%1)</source>
        <translation>Abgesetzt (%1)</translation>
    </message>
    <message>
        <source>Do not combine (%1)</source>
        <translation>Nicht kombinieren (%1)</translation>
    </message>
    <message>
        <source>Caution (%1)</source>
        <translation>Vorsicht (%1)</translation>
    </message>
    <message>
        <source>Warning: %1 is an opioid.</source>
        <translation>Warnung: %1 ist ein Opioid.</translation>
    </message>
    <message>
        <source>Warning: %1 are opioids.</source>
        <translation>Warnung: %1 sind Opioide.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Caution: %1 (%2). %3</source>
        <translation>Vorsicht: %1 (%2). %3</translation>
    </message>
    <message>
        <source>The medicine could not be saved: %1</source>
        <translation>Das Medikament konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>The medicine could not be removed: %1</source>
        <translation>Das Medikament konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Marked %1 as stopped on %2.</source>
        <translation>%1 als abgesetzt am %2 markiert.</translation>
    </message>
    <message>
        <source>Marked %1 as still taken.</source>
        <translation>%1 als weiterhin genommen markiert.</translation>
    </message>
    <message>
        <source>The change could not be undone: %1</source>
        <translation>Die Änderung konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Change &amp;stop…</source>
        <translation>Absetzen &amp;ändern …</translation>
    </message>
    <message>
        <source>Mark &amp;stopped…</source>
        <translation>Als &amp;abgesetzt markieren …</translation>
    </message>
    <message>
        <source>Change when the selected medicine was stopped</source>
        <translation>Ändern, wann das ausgewählte Medikament abgesetzt wurde</translation>
    </message>
    <message>
        <source>Mark the selected medicine as stopped</source>
        <translation>Das ausgewählte Medikament als abgesetzt markieren</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n Tag</numerusform>
            <numerusform>in %n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ldn::ProfileColourBox</name>
    <message>
        <source>No colour</source>
        <translation>Keine Farbe</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Lila</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Rot</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Petrol</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grau</translation>
    </message>
    <message>
        <source>Your own colour (%1)</source>
        <translation>Eigene Farbe (%1)</translation>
    </message>
</context>
<context>
    <name>ldn::ProfileRemovalBanner</name>
    <message>
        <source>Profile removed</source>
        <translation>Profil entfernt</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Dismiss the removal notice</source>
        <translation>Den Hinweis zum Entfernen ausblenden</translation>
    </message>
    <message>
        <source>Hide this notice; the backup stays in the backups folder</source>
        <translation>Diesen Hinweis ausblenden; die Sicherung bleibt im Sicherungsordner</translation>
    </message>
    <message>
        <source>%1&apos;s profile was removed. A backup of the diary was made first: %2</source>
        <translation>Das Profil von %1 wurde entfernt. Vorher wurde eine Sicherung des Tagebuchs angelegt: %2</translation>
    </message>
    <message>
        <source>&amp;Undo: bring %1 back</source>
        <translation>&amp;Rückgängig: %1 zurückholen</translation>
    </message>
    <message>
        <source>%1
Undo did not work: %2</source>
        <translation>%1
Rückgängig machen hat nicht geklappt: %2</translation>
    </message>
</context>
<context>
    <name>ldn::QuickLogLauncher</name>
    <message>
        <source>&amp;Quick log…</source>
        <translation>&amp;Schnelleintrag…</translation>
    </message>
    <message>
        <source>Log tonight&apos;s dose and a few scores in a small window</source>
        <translation>Die heutige Dosis und ein paar Werte in einem kleinen Fenster eintragen</translation>
    </message>
    <message>
        <source>Quick log</source>
        <translation>Schnelleintrag</translation>
    </message>
    <message>
        <source>The quick log cannot open: %1</source>
        <translation>Der Schnelleintrag lässt sich nicht öffnen: %1</translation>
    </message>
</context>
<context>
    <name>ldn::QuickLogWindow</name>
    <message>
        <source>Quick log — %1</source>
        <translation>Schnelleintrag — %1</translation>
    </message>
    <message>
        <source>Quick log for</source>
        <translation>Schnelleintrag für</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>already logged: what you change here is added to it</source>
        <translation>schon eingetragen: Was Sie hier ändern, kommt hinzu</translation>
    </message>
    <message>
        <source>Enter moves on · 0–10 or arrows score · Ctrl+Enter saves</source>
        <translation>Eingabetaste: weiter · 0–10 oder Pfeiltasten: Wert · Strg+Eingabe: speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Ohne Speichern schließen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the day</source>
        <translation>Den Tag speichern</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Dose &amp;taken</source>
        <translation>Dosis &amp;genommen</translation>
    </message>
    <message>
        <source>Dose taken</source>
        <translation>Dosis genommen</translation>
    </message>
    <message>
        <source>&amp;No LDN today, 0 mg</source>
        <translation>&amp;Heute kein LDN, 0 mg</translation>
    </message>
    <message>
        <source>No LDN today, 0 mg</source>
        <translation>Heute kein LDN, 0 mg</translation>
    </message>
    <message>
        <source>&amp;Missed dose</source>
        <translation>Dosis &amp;ausgelassen</translation>
    </message>
    <message>
        <source>Missed dose</source>
        <translation>Dosis ausgelassen</translation>
    </message>
    <message>
        <source>The dose logged for this day is filled in (the plan says %1).</source>
        <translation>Die für diesen Tag eingetragene Dosis ist eingesetzt (laut Plan %1).</translation>
    </message>
    <message>
        <source>The dose logged for this day is filled in.</source>
        <translation>Die für diesen Tag eingetragene Dosis ist eingesetzt.</translation>
    </message>
    <message>
        <source>The plan says %1 for this day.</source>
        <translation>Laut Plan %1 an diesem Tag.</translation>
    </message>
    <message>
        <source>No titration plan for this day: the dose last taken is filled in.</source>
        <translation>Kein Titrationsplan für diesen Tag: Die zuletzt genommene Dosis ist eingesetzt.</translation>
    </message>
    <message>
        <source>Enter confirms it.</source>
        <translation>Die Eingabetaste bestätigt sie.</translation>
    </message>
    <message>
        <source>This profile has no symptoms to score yet.</source>
        <translation>Dieses Profil hat noch keine Symptome zum Bewerten.</translation>
    </message>
    <message>
        <source>Side &amp;effect</source>
        <translation>&amp;Nebenwirkung</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>How bad the side effect was</source>
        <translation>Wie stark die Nebenwirkung war</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leicht</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>Nothing was saved. Check the dose, then save again.</source>
        <translation>Nichts wurde gespeichert. Prüfen Sie die Dosis und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <source>The day could not be saved: %1</source>
        <translation>Der Tag konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>missed dose</source>
        <translation>Dosis ausgelassen</translation>
    </message>
    <message>
        <source>no LDN (0 mg)</source>
        <translation>kein LDN (0 mg)</translation>
    </message>
    <message>
        <source>Saved %1&apos;s day, %2: %3, %4</source>
        <translation>Tag von %1 gespeichert, %2: %3, %4</translation>
    </message>
    <message>
        <source>1 score</source>
        <translation>1 Wert</translation>
    </message>
    <message>
        <source>%1 scores</source>
        <translation>%1 Werte</translation>
    </message>
</context>
<context>
    <name>ldn::ReferenceImportDialog</name>
    <message>
        <source>Import references</source>
        <translation>Literatur importieren</translation>
    </message>
    <message>
        <source>&amp;Records that cannot be imported as they are</source>
        <translation>&amp;Einträge, die sich nicht unverändert importieren lassen</translation>
    </message>
    <message>
        <source>Records left out or changed, by line</source>
        <translation>Ausgelassene oder geänderte Einträge, nach Zeile</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Was geschieht</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation>Nichts wurde importiert. %1</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 can be imported.</source>
        <translation>%1 (%2): %3 von %4 können importiert werden.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>%1 cannot be imported and will be left out.</source>
        <translation>Nicht importierbar, wird ausgelassen: %1.</translation>
    </message>
    <message>
        <source>%1 will be imported with a field shortened (marked in the text) or left out.</source>
        <translation>Wird mit einem gekürzten (im Text markierten) oder ausgelassenen Feld importiert: %1.</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Nothing is written until you press Import.</source>
        <translation>Nichts wird geschrieben, bevor Sie auf „Importieren“ drücken.</translation>
    </message>
    <message>
        <source>Record left out</source>
        <translation>Eintrag ausgelassen</translation>
    </message>
    <message>
        <source>Imported, changed</source>
        <translation>Importiert, geändert</translation>
    </message>
    <message>
        <source>&amp;Import %1</source>
        <translation>%1 &amp;importieren</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Literaturangabe</translation>
    </message>
    <message>
        <source>references</source>
        <translation>Literaturangaben</translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation>%1 aus %2 importiert</translation>
    </message>
    <message>
        <source> and %1</source>
        <translation> und %1</translation>
    </message>
    <message>
        <source>finding</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>; %1 already in the library</source>
        <translation>; %1 schon in der Bibliothek</translation>
    </message>
    <message>
        <source> (%1 given identifiers they lacked)</source>
        <translation> (%1 mit ergänzten Kennungen)</translation>
    </message>
    <message>
        <source>; %1 left out</source>
        <translation>; %1 ausgelassen</translation>
    </message>
    <message>
        <source>. Set each one&apos;s design to have it counted.</source>
        <translation>. Legen Sie für jede das Studiendesign fest, damit sie gezählt wird.</translation>
    </message>
</context>
<context>
    <name>ldn::ReminderDialog</name>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>A reminder at night to log the day, from the system tray. It stays silent when the day is already logged. While a reminder is on, LDN Tracker keeps running in the tray when its window is closed, and starts there at login.</source>
        <translation>Eine abendliche Erinnerung, den Tag einzutragen, aus dem Systembereich der Kontrollleiste. Sie bleibt stumm, wenn der Tag schon eingetragen ist. Solange eine Erinnerung eingeschaltet ist, läuft LDN Tracker nach dem Schließen des Fensters im Systembereich weiter und startet dort bei der Anmeldung.</translation>
    </message>
    <message>
        <source>The diary could not be read: %1</source>
        <translation>Das Tagebuch konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Remind me to log %1&apos;s day at</source>
        <translation>Mich erinnern, den Tag von %1 einzutragen, um</translation>
    </message>
    <message>
        <source>Nightly reminder for %1</source>
        <translation>Abendliche Erinnerung für %1</translation>
    </message>
    <message>
        <source>Time of %1&apos;s reminder</source>
        <translation>Uhrzeit der Erinnerung für %1</translation>
    </message>
    <message>
        <source>Save the reminders</source>
        <translation>Die Erinnerungen speichern</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The reminders could not be saved: %1</source>
        <translation>Die Erinnerungen konnten nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>ldn::ReminderTray</name>
    <message>
        <source>&amp;Reminders…</source>
        <translation>&amp;Erinnerungen…</translation>
    </message>
    <message>
        <source>A nightly reminder to log the day, for each person</source>
        <translation>Eine abendliche Erinnerung, den Tag einzutragen, für jede Person</translation>
    </message>
    <message>
        <source>Reminders cannot work here: this desktop has no system tray (notification area) for LDN Tracker to wait in and remind you from.</source>
        <translation>Erinnerungen funktionieren hier nicht: Diese Arbeitsoberfläche hat keinen Systembereich (Benachrichtigungsfeld), in dem LDN Tracker warten und Sie erinnern könnte.</translation>
    </message>
    <message>
        <source>Time to log %1&apos;s day</source>
        <translation>Zeit, den Tag von %1 einzutragen</translation>
    </message>
    <message>
        <source>LDN Tracker: nightly reminders</source>
        <translation>LDN Tracker: abendliche Erinnerungen</translation>
    </message>
    <message>
        <source>&amp;Log now</source>
        <translation>Jetzt &amp;eintragen</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Snooze %n minutes</source>
        <translation>
            <numerusform>&amp;Eine Minute später erinnern</numerusform>
            <numerusform>%n Minuten &amp;später erinnern</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open LDN Tracker</source>
        <translation>LDN Tracker ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Quit LDN Tracker</source>
        <translation>LDN Tracker &amp;beenden</translation>
    </message>
    <message>
        <source>LDN Tracker</source>
        <translation>LDN Tracker</translation>
    </message>
    <message>
        <source>LDN Tracker cannot start itself at login: %1</source>
        <translation>LDN Tracker kann sich bei der Anmeldung nicht selbst starten: %1</translation>
    </message>
    <message>
        <source>Tonight&apos;s dose and a few scores take a few seconds. Click here to log now, or snooze it from the tray menu.</source>
        <translation>Die heutige Dosis und ein paar Werte dauern nur Sekunden. Klicken Sie hier, um jetzt einzutragen, oder verschieben Sie die Erinnerung im Menü des Symbols.</translation>
    </message>
    <message>
        <source>LDN Tracker is still running</source>
        <translation>LDN Tracker läuft weiter</translation>
    </message>
    <message>
        <source>It waits in the tray to remind you at night. To quit it, choose Quit LDN Tracker from the tray icon&apos;s menu.</source>
        <translation>Es wartet im Systembereich, um Sie abends zu erinnern. Zum Beenden wählen Sie „LDN Tracker beenden“ im Menü des Symbols.</translation>
    </message>
</context>
<context>
    <name>ldn::ReportPage</name>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Dates in the report</source>
        <translation>Zeitraum im Bericht</translation>
    </message>
    <message>
        <source>First day in the report</source>
        <translation>Erster Tag im Bericht</translation>
    </message>
    <message>
        <source>Last day in the report</source>
        <translation>Letzter Tag im Bericht</translation>
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
        <translation>Papierformat</translation>
    </message>
    <message>
        <source>P&amp;aper</source>
        <translation>P&amp;apier</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Notes written by carers (and other notes about days), each marked with who wrote it. Left out unless ticked.</source>
        <translation>Notizen von Betreuungspersonen (und andere Notizen zu Tagen), jeweils mit Angabe, wer sie geschrieben hat. Nur enthalten, wenn angekreuzt.</translation>
    </message>
    <message>
        <source>&amp;Questions for the doctor</source>
        <translation>&amp;Fragen an die Ärztin oder den Arzt</translation>
    </message>
    <message>
        <source>What you want to ask at the appointment. Printed near the end of the report; left out when empty.</source>
        <translation>Was Sie beim Termin fragen möchten. Steht gegen Ende des Berichts; fehlt, wenn leer.</translation>
    </message>
    <message>
        <source>Preview of the report&apos;s pages</source>
        <translation>Vorschau der Seiten des Berichts</translation>
    </message>
    <message>
        <source>Choose a profile to make a report.</source>
        <translation>Wählen Sie ein Profil, um einen Bericht zu erstellen.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>1 page, %1</source>
        <translation>1 Seite, %1</translation>
    </message>
    <message>
        <source>%1 pages, %2</source>
        <translation>%1 Seiten, %2</translation>
    </message>
    <message>
        <source>Save the GP report</source>
        <translation>Den Hausarztbericht speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The report could not be saved. Check that the folder exists and that you may write to it.

%1</source>
        <translation>Der Bericht konnte nicht gespeichert werden. Prüfen Sie, ob der Ordner existiert und Sie darin schreiben dürfen.

%1</translation>
    </message>
    <message>
        <source>Print the GP report</source>
        <translation>Den Hausarztbericht drucken</translation>
    </message>
    <message>
        <source>The report could not be printed.

%1</source>
        <translation>Der Bericht konnte nicht gedruckt werden.

%1</translation>
    </message>
    <message>
        <source>What goes into the report</source>
        <translation>Was in den Bericht kommt</translation>
    </message>
</context>
<context>
    <name>ldn::ReviewBanner</name>
    <message>
        <source>Review mode</source>
        <translation>Durchsicht</translation>
    </message>
    <message>
        <source>Close review</source>
        <translation>Durchsicht schließen</translation>
    </message>
    <message>
        <source>Go back to your own diary (Ctrl+W)</source>
        <translation>Zurück zu Ihrem eigenen Tagebuch (Strg+W)</translation>
    </message>
</context>
<context>
    <name>ldn::ScoreButtonRow</name>
    <message>
        <source>%1 score</source>
        <translation>Wert für %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
</context>
<context>
    <name>ldn::SideEffectChecklist</name>
    <message>
        <source>severity</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Other side effect severity</source>
        <translation>Stärke der anderen Nebenwirkung</translation>
    </message>
    <message>
        <source>%1 severity</source>
        <translation>Stärke von %1</translation>
    </message>
    <message>
        <source>Side effect: %1</source>
        <translation>Nebenwirkung: %1</translation>
    </message>
    <message>
        <source>Other:</source>
        <translation>Andere:</translation>
    </message>
    <message>
        <source>Other side effect</source>
        <translation>Andere Nebenwirkung</translation>
    </message>
    <message>
        <source>Name of the other side effect</source>
        <translation>Name der anderen Nebenwirkung</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>other side effect</source>
        <translation>andere Nebenwirkung</translation>
    </message>
    <message>
        <source>type its name, or untick it</source>
        <translation>geben Sie ihren Namen ein oder entfernen Sie das Häkchen</translation>
    </message>
    <message>
        <source>Also recorded for this day and kept when you save: %1.</source>
        <translation>Für diesen Tag ebenfalls eingetragen und beim Speichern behalten: %1.</translation>
    </message>
</context>
<context>
    <name>ldn::StatisticTerms</name>
    <message>
        <source>I² says how much the pooled studies disagreed with each other: 0% not at all, above 75% a lot.</source>
        <translation>I² sagt, wie sehr sich die zusammengefassten Studien widersprachen: 0 % gar nicht, über 75 % stark.</translation>
    </message>
    <message>
        <source>A standardised mean difference compares groups in units of how much scores vary between people: about 0.2 is a small difference, 0.5 a medium one, 0.8 a large one.</source>
        <translation>Eine standardisierte Mittelwertdifferenz vergleicht Gruppen in Einheiten dessen, wie stark die Werte zwischen Menschen schwanken: etwa 0,2 ist ein kleiner Unterschied, 0,5 ein mittlerer, 0,8 ein großer.</translation>
    </message>
    <message>
        <source>A 95% confidence interval is the range the true value most likely lies in; when it includes no difference, the study cannot tell a difference from chance.</source>
        <translation>Ein 95-%-Konfidenzintervall ist der Bereich, in dem der wahre Wert am wahrscheinlichsten liegt; schließt es „kein Unterschied“ ein, kann die Studie einen Unterschied nicht vom Zufall unterscheiden.</translation>
    </message>
    <message>
        <source>p is how likely a difference at least this big would be by chance alone; below 0.05 is usually called significant.</source>
        <translation>p gibt an, wie wahrscheinlich ein mindestens so großer Unterschied allein durch Zufall wäre; unter 0,05 nennt man ihn meist signifikant.</translation>
    </message>
    <message>
        <source>A ratio of 1 means no difference between the groups; above 1, more often on LDN; below 1, less often.</source>
        <translation>Ein Verhältnis von 1 bedeutet keinen Unterschied zwischen den Gruppen; über 1 häufiger unter LDN, unter 1 seltener.</translation>
    </message>
</context>
<context>
    <name>ldn::SummaryOfFindingsPanel</name>
    <message>
        <source>1 review</source>
        <translation>1 Übersichtsarbeit</translation>
    </message>
    <message numerus="yes">
        <source>%n reviews</source>
        <translation>
            <numerusform>%n Übersichtsarbeit</numerusform>
            <numerusform>%n Übersichtsarbeiten</numerusform>
        </translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source> (+%1 without n)</source>
        <translation> (+%1 ohne n)</translation>
    </message>
    <message>
        <source>Started High (randomised trials).</source>
        <translation>Ausgangsstufe hoch (randomisierte Studien).</translation>
    </message>
    <message>
        <source>Started Low (observational studies).</source>
        <translation>Ausgangsstufe niedrig (Beobachtungsstudien).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Summary of findings&lt;/b&gt; — studies only; personal reports and advocacy are not counted</source>
        <translation>&lt;b&gt;Zusammenfassung der Ergebnisse&lt;/b&gt; – nur Studien; persönliche Berichte und Fürsprache werden nicht gezählt</translation>
    </message>
    <message>
        <source>Summary of findings</source>
        <translation>Zusammenfassung der Ergebnisse</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Direction (studies)</source>
        <translation>Richtung (Studien)</translation>
    </message>
    <message>
        <source>Strongest design</source>
        <translation>Stärkstes Design</translation>
    </message>
    <message>
        <source>Studies</source>
        <translation>Studien</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>Certainty (GRADE)</source>
        <translation>Vertrauen (GRADE)</translation>
    </message>
    <message>
        <source> (your grade)</source>
        <translation> (Ihre Bewertung)</translation>
    </message>
    <message>
        <source>not graded</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Nothing to summarise: no study in the library counts for this condition.</source>
        <translation>Nichts zusammenzufassen: Keine Studie in der Bibliothek zählt für diese Erkrankung.</translation>
    </message>
    <message>
        <source>Why: %1 is not graded yet (select a row to see its reasons).</source>
        <translation>Warum: %1 ist noch nicht bewertet (wählen Sie eine Zeile, um die Gründe zu sehen).</translation>
    </message>
    <message>
        <source>Why %1 for %2? %3</source>
        <translation>Warum %1 für %2? %3</translation>
    </message>
</context>
<context>
    <name>ldn::SymptomChartView</name>
    <message>
        <source>Symptom scores and LDN dose over time</source>
        <translation>Symptomwerte und LDN-Dosis im Verlauf</translation>
    </message>
    <message>
        <source>Symptom score (0–10)</source>
        <translation>Symptomwert (0–10)</translation>
    </message>
    <message>
        <source>LDN dose (mg)</source>
        <translation>LDN-Dosis (mg)</translation>
    </message>
    <message>
        <source>LDN dose</source>
        <translation>LDN-Dosis</translation>
    </message>
    <message>
        <source>Dose change</source>
        <translation>Dosisänderung</translation>
    </message>
    <message>
        <source>Side effect</source>
        <translation>Nebenwirkung</translation>
    </message>
    <message>
        <source>Missed dose</source>
        <translation>Dosis ausgelassen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Carer&apos;s note</source>
        <translation>Notiz der Betreuung</translation>
    </message>
    <message>
        <source>Own note</source>
        <translation>Eigene Notiz</translation>
    </message>
    <message>
        <source>%1 (daily scores)</source>
        <translation>%1 (Tageswerte)</translation>
    </message>
    <message>
        <source>Points: daily scores · lines: 7-day means · thick step line: LDN dose</source>
        <translation>Punkte: Tageswerte · Linien: 7-Tage-Mittel · dicke Stufenlinie: LDN-Dosis</translation>
    </message>
    <message>
        <source>speech bubbles: notes (filled: by a carer)</source>
        <translation>Sprechblasen: Notizen (gefüllt: von einer Betreuungsperson)</translation>
    </message>
    <message>
        <source>Symptom scores and LDN dose</source>
        <translation>Symptomwerte und LDN-Dosis</translation>
    </message>
    <message>
        <source>Daily symptom scores (points), 7-day means (lines) and LDN dose (step line), made by LDN Tracker.</source>
        <translation>Tägliche Symptomwerte (Punkte), 7-Tage-Mittel (Linien) und LDN-Dosis (Stufenlinie), erstellt mit LDN Tracker.</translation>
    </message>
    <message>
        <source>Score (0–10)</source>
        <translation>Wert (0–10)</translation>
    </message>
</context>
<context>
    <name>ldn::TrialStatusPanel</name>
    <message>
        <source>Trial</source>
        <translation>Therapieversuch</translation>
    </message>
    <message>
        <source>Trial stopping rules met</source>
        <translation>Erfüllte Abbruchregeln des Therapieversuchs</translation>
    </message>
    <message>
        <source>Trial of LDN agreed with the GP: starts on %1, in %2.</source>
        <translation>Mit der Hausarztpraxis vereinbarter LDN-Therapieversuch: beginnt am %1, noch %2.</translation>
    </message>
    <message>
        <source>Trial of LDN agreed with the GP: baseline day %1 of %2, no LDN yet. Score every day: these days are what LDN will be compared with.</source>
        <translation>Mit der Hausarztpraxis vereinbarter LDN-Therapieversuch: Ausgangsphase, Tag %1 von %2, noch kein LDN. Bitte jeden Tag bewerten: Mit diesen Tagen wird LDN verglichen.</translation>
    </message>
    <message>
        <source>Trial of LDN agreed with the GP: day %1; review with the GP on %2, in %3.</source>
        <translation>Mit der Hausarztpraxis vereinbarter LDN-Therapieversuch: Tag %1; Auswertung in der Hausarztpraxis am %2, noch %3.</translation>
    </message>
    <message>
        <source>Blinded trial: period %1 of %2 (day %3). Take today&apos;s trial capsule and score as usual; the last period ends on %4.</source>
        <translation>Verblindeter Therapieversuch: Abschnitt %1 von %2 (Tag %3). Nehmen Sie die heutige Studienkapsel und bewerten Sie wie gewohnt; der letzte Abschnitt endet am %4.</translation>
    </message>
    <message>
        <source>Trial of LDN agreed with the GP: the review was due on %1. Take the GP report, with its trial review, to the appointment.</source>
        <translation>Mit der Hausarztpraxis vereinbarter LDN-Therapieversuch: Die Auswertung war am %1 fällig. Nehmen Sie den Hausarztbericht mit der Auswertung zum Termin mit.</translation>
    </message>
    <message>
        <source>Trial of LDN agreed with the GP: stopped on %1.</source>
        <translation>Mit der Hausarztpraxis vereinbarter LDN-Therapieversuch: beendet am %1.</translation>
    </message>
</context>
<context>
    <name>ldn::TrialVerdict</name>
    <message>
        <source>Too few days to judge %1: each pair needs at least %2 scored days after the washout in both its periods, and at least %3 pairs need them (%4 of %5 do).</source>
        <translation>Zu wenige Tage, um %1 zu beurteilen: Jedes Paar braucht in beiden Phasen nach der Auswaschzeit mindestens %2 bewertete Tage, und mindestens %3 Paare brauchen sie (%4 von %5 haben sie).</translation>
    </message>
    <message>
        <source>On LDN, %1 was the same on average as on placebo (over %2 pairs).</source>
        <translation>Unter LDN war %1 im Mittel gleich wie unter Placebo (über %2 Paare).</translation>
    </message>
    <message>
        <source>On LDN, %1 was %2 points higher (%3) on average than on placebo (over %4 pairs).</source>
        <translation>Unter LDN war %1 im Mittel %2 Punkte höher (%3) als unter Placebo (über %4 Paare).</translation>
    </message>
    <message>
        <source>On LDN, %1 was %2 points lower (%3) on average than on placebo (over %4 pairs).</source>
        <translation>Unter LDN war %1 im Mittel %2 Punkte niedriger (%3) als unter Placebo (über %4 Paare).</translation>
    </message>
    <message>
        <source>better</source>
        <translation>besser</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>schlechter</translation>
    </message>
    <message>
        <source>That reaches the smallest change that matters to you (%1 points).</source>
        <translation>Das erreicht die kleinste Veränderung, die für Sie zählt (%1 Punkte).</translation>
    </message>
    <message>
        <source>That does not reach the smallest change that matters to you (%1 points).</source>
        <translation>Das erreicht die kleinste Veränderung, die für Sie zählt (%1 Punkte), nicht.</translation>
    </message>
    <message>
        <source>Chance is an unlikely explanation: a difference at least this large would come from the random order alone in %1 of 100 such trials (p = %2).</source>
        <translation>Zufall ist eine unwahrscheinliche Erklärung: Ein mindestens so großer Unterschied entstünde allein durch die zufällige Reihenfolge in %1 von 100 solchen Versuchen (p = %2).</translation>
    </message>
    <message>
        <source>Chance cannot be ruled out: a difference at least this large would come from the random order alone in %1 of 100 such trials (p = %2; with %3 pairs the smallest possible p is %4).</source>
        <translation>Zufall lässt sich nicht ausschließen: Ein mindestens so großer Unterschied entstünde allein durch die zufällige Reihenfolge in %1 von 100 solchen Versuchen (p = %2; mit %3 Paaren ist der kleinstmögliche p-Wert %4).</translation>
    </message>
</context>
<context>
    <name>ldn::UserEvidenceDialog</name>
    <message>
        <source>Add a source or finding</source>
        <translation>Quelle oder Ergebnis hinzufügen</translation>
    </message>
    <message>
        <source>Your entries are kept apart from the bundled evidence and labelled &quot;Your entry&quot;. Identifiers are checked, never looked up online.</source>
        <translation>Ihre Einträge werden getrennt von der mitgelieferten Studienbibliothek gehalten und mit „Ihr Eintrag“ gekennzeichnet. Kennungen werden geprüft, aber nie online nachgeschlagen.</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Kind of source</source>
        <translation>Art der Quelle</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Pflichtfeld</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autorinnen und Autoren</translation>
    </message>
    <message>
        <source>Surname A, Surname B</source>
        <translation>Nachname A, Nachname B</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Journal or publisher</source>
        <translation>Zeitschrift oder Verlag</translation>
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
        <translation>PubMed-ID</translation>
    </message>
    <message>
        <source>digits</source>
        <translation>Ziffern</translation>
    </message>
    <message>
        <source>ClinicalTrials.gov number</source>
        <translation>ClinicalTrials.gov-Nummer</translation>
    </message>
    <message>
        <source>NCT + 8 digits</source>
        <translation>NCT + 8 Ziffern</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Published in a peer-reviewed journal</source>
        <translation>In einer Fachzeitschrift mit Peer-Review veröffentlicht</translation>
    </message>
    <message>
        <source>Peer reviewed</source>
        <translation>Peer-Review</translation>
    </message>
    <message>
        <source>How far it was checked</source>
        <translation>Wie gründlich es geprüft wurde</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Authors:</source>
        <translation>&amp;Autoren:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Jahr:</translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation>&amp;Zeitschrift:</translation>
    </message>
    <message>
        <source>&amp;DOI:</source>
        <translation>&amp;DOI:</translation>
    </message>
    <message>
        <source>&amp;PubMed id:</source>
        <translation>&amp;PubMed-ID:</translation>
    </message>
    <message>
        <source>&amp;NCT number:</source>
        <translation>&amp;NCT-Nummer:</translation>
    </message>
    <message>
        <source>&amp;Web address:</source>
        <translation>&amp;Webadresse:</translation>
    </message>
    <message>
        <source>&amp;Checked against:</source>
        <translation>&amp;Geprüft gegen:</translation>
    </message>
    <message>
        <source>Finding (choose a condition first)</source>
        <translation>Ergebnis (zuerst eine Erkrankung wählen)</translation>
    </message>
    <message>
        <source>Also record a finding for %1</source>
        <translation>Auch ein Ergebnis für %1 eintragen</translation>
    </message>
    <message>
        <source>Also record a finding</source>
        <translation>Auch ein Ergebnis eintragen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>pain, fatigue, sleep…</source>
        <translation>Schmerz, Erschöpfung, Schlaf …</translation>
    </message>
    <message>
        <source>Compared with</source>
        <translation>Verglichen mit</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Teilnehmende</translation>
    </message>
    <message>
        <source>not reported</source>
        <translation>nicht angegeben</translation>
    </message>
    <message>
        <source>What it found</source>
        <translation>Was sie fand</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Endpunkt:</translation>
    </message>
    <message>
        <source>Compared &amp;with:</source>
        <translation>Verglichen &amp;mit:</translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation>&amp;Richtung:</translation>
    </message>
    <message>
        <source>Partici&amp;pants (n):</source>
        <translation>&amp;Teilnehmende (n):</translation>
    </message>
    <message>
        <source>What it &amp;found:</source>
        <translation>Was sie &amp;fand:</translation>
    </message>
    <message>
        <source>Edit your entry</source>
        <translation>Ihren Eintrag bearbeiten</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Änderungen speichern</translation>
    </message>
</context>
<context>
    <name>ldn::UserGuideDialog</name>
    <message>
        <source>LDN Tracker User Guide</source>
        <translation>LDN Tracker – Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Back to the top of the guide and its list of contents</source>
        <translation>Zurück zum Anfang des Handbuchs und zu seinem Inhaltsverzeichnis</translation>
    </message>
</context>
<context>
    <name>ldn::WelcomePage</name>
    <message>
        <source>Conditions</source>
        <translation>Erkrankungen</translation>
    </message>
    <message>
        <source>Choose what “%1” means below, or clear the field.</source>
        <translation>Wählen Sie unten, was „%1“ bedeutet, oder leeren Sie das Feld.</translation>
    </message>
    <message>
        <source>The profile could not be saved: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The demo diary could not be saved: %1</source>
        <translation>Das Beispieltagebuch konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
</TS>
