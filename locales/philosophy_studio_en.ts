<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Bitstream Vera licence (free), see resources/fonts</source>
        <translation>Bitstream Vera licence (free), see resources/fonts</translation>
    </message>
    <message>
        <source>compiled for this app from PostgreSQL's and Snowball's lists (permissive licences), see resources/stopwords/SOURCES.md</source>
        <translation>compiled for this app from PostgreSQL's and Snowball's lists (permissive licences), see resources/stopwords/SOURCES.md</translation>
    </message>
    <message>
        <source>About Philosophy Studio</source>
        <translation>About Philosophy Studio</translation>
    </message>
    <message>
        <source>Run a workshop with your team and leave with a printed customer-service philosophy charter. Everything stays on this computer, or on your team's own server.</source>
        <translation>Run a workshop with your team and leave with a printed customer-service philosophy charter. Everything stays on this computer, or on your team's own server.</translation>
    </message>
    <message>
        <source>When something goes wrong, the app notes where in its code in a log file, never what anyone typed. To report a problem, send this file along: %1</source>
        <translation>When something goes wrong, the app notes where in its code in a log file, never what anyone typed. To report a problem, send this file along: %1</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Philosophy Studio is free software: GNU General Public License 3 or later.</source>
        <translation>Philosophy Studio is free software: GNU General Public License 3 or later.</translation>
    </message>
    <message>
        <source>The method follows two Turkish articles on customer-service philosophy; every guidance text and example in the app is written in our own words.</source>
        <translation>The method follows two Turkish articles on customer-service philosophy; every guidance text and example in the app is written in our own words.</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Third-party software</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;New workshop…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>Connect to a &amp;team database…</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>&amp;Close workshop</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Backups…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Demo workshop in &amp;Turkish</source>
        <translation>Demo workshop in &amp;Turkish</translation>
    </message>
    <message>
        <source>Demo workshop in &amp;English</source>
        <translation>Demo workshop in &amp;English</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>&amp;Previous step</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Next step</translation>
    </message>
    <message>
        <source>&amp;Present this step</source>
        <translation>&amp;Present this step</translation>
    </message>
    <message>
        <source>Show the step's &amp;guidance</source>
        <translation>Show the step's &amp;guidance</translation>
    </message>
    <message>
        <source>&amp;About Philosophy Studio</source>
        <translation>&amp;About Philosophy Studio</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;Facilitator's guide…</source>
        <translation>&amp;Facilitator's guide…</translation>
    </message>
    <message>
        <source>&amp;Tour of the steps…</source>
        <translation>&amp;Tour of the steps…</translation>
    </message>
</context>
<context>
    <name>AlignmentBox</name>
    <message>
        <source>What customers say about each value</source>
        <translation>What customers say about each value</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>The value to look for in the comments</source>
        <translation>The value to look for in the comments</translation>
    </message>
    <message>
        <source>Add “%1” to “%2”</source>
        <translation>Add “%1” to “%2”</translation>
    </message>
    <message>
        <source>Add the selected word to this value</source>
        <translation>Add the selected word to this value</translation>
    </message>
    <message>
        <source>Select a word in the lists above; comments using it then count for this value, here and in the staff survey's support.</source>
        <translation>Select a word in the lists above; comments using it then count for this value, here and in the staff survey's support.</translation>
    </message>
    <message>
        <source>Values appear here once the comments are counted.</source>
        <translation>Values appear here once the comments are counted.</translation>
    </message>
    <message>
        <source>No value or value card yet: add them on the Values step.</source>
        <translation>No value or value card yet: add them on the Values step.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) speak to this value</source>
        <translation>
            <numerusform>%Ln comment speak to this value</numerusform><numerusform>%Ln comments speak to this value</numerusform></translation>
    </message>
    <message>
        <source>(of %1 within the filter).</source>
        <translation>(of %1 within the filter).</translation>
    </message>
    <message>
        <source>Of those with a score: %1 from promoters, %2 from detractors.</source>
        <translation>Of those with a score: %1 from promoters, %2 from detractors.</translation>
    </message>
    <message>
        <source>Found by: %1</source>
        <translation>Found by: %1</translation>
    </message>
    <message>
        <source>None of the value's words is used in the comments.</source>
        <translation>None of the value's words is used in the comments.</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>In their words:</translation>
    </message>
</context>
<context>
    <name>AnalysisStatus</name>
    <message>
        <source>Words in the answers</source>
        <translation>Words in the answers</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Cancel the analysis</source>
        <translation>Cancel the analysis</translation>
    </message>
    <message>
        <source>Analyse again</source>
        <translation>Analyse again</translation>
    </message>
    <message>
        <source>Analyse the answers again</source>
        <translation>Analyse the answers again</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Analysis progress</translation>
    </message>
    <message>
        <source>Why the analysis is not shown</source>
        <translation>Why the analysis is not shown</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>The analysis failed: %1</translation>
    </message>
    <message>
        <source>The analysis was cancelled; the figures below may be out of date.</source>
        <translation>The analysis was cancelled; the figures below may be out of date.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) analysed</source>
        <translation>
            <numerusform>%Ln answer analysed</numerusform><numerusform>%Ln answers analysed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln different word(s)</source>
        <translation>
            <numerusform>%Ln different word</numerusform><numerusform>%Ln different words</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The word analysis appears from %Ln answer(s) on, so that no answer can be traced to a person.</source>
        <translation>
            <numerusform>The word analysis appears from %Ln answer on, so that no answer can be traced to a person.</numerusform><numerusform>The word analysis appears from %Ln answers on, so that no answer can be traced to a person.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>So far: %Ln.</source>
        <translation>
            <numerusform>So far: %Ln.</numerusform><numerusform>So far: %Ln.</numerusform></translation>
    </message>
    <message>
        <source>The analysis was cancelled. Analyse again to see the words.</source>
        <translation>The analysis was cancelled. Analyse again to see the words.</translation>
    </message>
    <message>
        <source>Analysing the answers…</source>
        <translation>Analysing the answers…</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>Words</source>
        <translation>Words</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Cloud</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Phrases</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Themes</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Excluded</translation>
    </message>
    <message>
        <source>Views of the word analysis</source>
        <translation>Views of the word analysis</translation>
    </message>
    <message>
        <source>Words used in the answers</source>
        <translation>Words used in the answers</translation>
    </message>
    <message>
        <source>Each row is one word with its inflected forms. Select rows to merge, split or exclude them.</source>
        <translation>Each row is one word with its inflected forms. Select rows to merge, split or exclude them.</translation>
    </message>
    <message>
        <source>Recurring phrases</source>
        <translation>Recurring phrases</translation>
    </message>
    <message>
        <source>Bar chart of the most used words</source>
        <translation>Bar chart of the most used words</translation>
    </message>
    <message>
        <source>Word cloud of the most used words</source>
        <translation>Word cloud of the most used words</translation>
    </message>
    <message>
        <source>The same words as the Words table; bigger means more respondents.</source>
        <translation>The same words as the Words table; bigger means more respondents.</translation>
    </message>
    <message numerus="yes">
        <source>Respondents per word (top %Ln)</source>
        <translation>
            <numerusform>Respondents per word (top %Ln)</numerusform><numerusform>Respondents per word (top %Ln)</numerusform></translation>
    </message>
</context>
<context>
    <name>AnswerFiles</name>
    <message>
        <source>Import answers</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <source>Answers (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Answers (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the answers (cells or lines) first.</source>
        <translation>The clipboard holds no text. Copy the answers (cells or lines) first.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln answer(s).</source>
        <translation>
            <numerusform>Imported %Ln answer.</numerusform><numerusform>Imported %Ln answers.</numerusform></translation>
    </message>
    <message>
        <source>Skipped: %1 empty; rows already in the workshop: %2.</source>
        <translation>Skipped: %1 empty; rows already in the workshop: %2.</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Export answers</translation>
    </message>
    <message>
        <source>survey answers.xlsx</source>
        <translation>survey answers.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the answers…</source>
        <translation>Exporting the answers…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln answer(s) to %1.</source>
        <translation>
            <numerusform>Wrote %Ln answer to %1.</numerusform><numerusform>Wrote %Ln answers to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <source>Answers</source>
        <translation>Answers</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Survey answers</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) so far</source>
        <translation>
            <numerusform>%Ln answer so far</numerusform><numerusform>%Ln answers so far</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln hidden from the analysis</source>
        <translation>
            <numerusform>%Ln hidden from the analysis</numerusform><numerusform>%Ln hidden from the analysis</numerusform></translation>
    </message>
    <message>
        <source>The answers stay hidden until at least %1 people have answered (%2 so far), so that nobody can be recognised by their words. Only the count is shown meanwhile.</source>
        <translation>The answers stay hidden until at least %1 people have answered (%2 so far), so that nobody can be recognised by their words. Only the count is shown meanwhile.</translation>
    </message>
    <message>
        <source>Sho&amp;w in the analysis again</source>
        <translation>Sho&amp;w in the analysis again</translation>
    </message>
    <message>
        <source>&amp;Hide from the analysis</source>
        <translation>&amp;Hide from the analysis</translation>
    </message>
</context>
<context>
    <name>ApartBox</name>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Other channels</translation>
    </message>
    <message>
        <source>Staff answers</source>
        <translation>Staff answers</translation>
    </message>
    <message>
        <source>Customer comments</source>
        <translation>Customer comments</translation>
    </message>
    <message>
        <source>Words that set two groups apart</source>
        <translation>Words that set two groups apart</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>Co&amp;mpare:</translation>
    </message>
    <message>
        <source>The two groups to compare</source>
        <translation>The two groups to compare</translation>
    </message>
    <message>
        <source>Staff answers and customer comments</source>
        <translation>Staff answers and customer comments</translation>
    </message>
    <message>
        <source>Promoters and detractors</source>
        <translation>Promoters and detractors</translation>
    </message>
    <message>
        <source>%1 and the other channels</source>
        <translation>%1 and the other channels</translation>
    </message>
    <message>
        <source>z is how far the word's log-odds ratio between the groups is from zero, in standard errors (with an informative Dirichlet prior, so rare words do not stand out by chance); from 1.96 on, a word sets the groups apart. Click a word to read the texts that use it.</source>
        <translation>z is how far the word's log-odds ratio between the groups is from zero, in standard errors (with an informative Dirichlet prior, so rare words do not stand out by chance); from 1.96 on, a word sets the groups apart. Click a word to read the texts that use it.</translation>
    </message>
    <message>
        <source>Words typical of %1</source>
        <translation>Words typical of %1</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Texts (left / right)</source>
        <translation>Texts (left / right)</translation>
    </message>
    <message numerus="yes">
        <source>%1: fewer than %Ln text(s), not compared</source>
        <translation>
            <numerusform>%1: fewer than %Ln text, not compared</numerusform><numerusform>%1: fewer than %Ln texts, not compared</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Typical of %1 (%Ln text(s))</source>
        <translation>
            <numerusform>Typical of %1 (%Ln text)</numerusform><numerusform>Typical of %1 (%Ln texts)</numerusform></translation>
    </message>
    <message>
        <source>No word stands out (z beyond ±1.96).</source>
        <translation>No word stands out (z beyond ±1.96).</translation>
    </message>
    <message>
        <source>%1: the survey's results are not shown yet (too few answers)</source>
        <translation>%1: the survey's results are not shown yet (too few answers)</translation>
    </message>
    <message>
        <source>%1: the comments have no scores</source>
        <translation>%1: the comments have no scores</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Before an upgrade</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Before an import</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Before a restore</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Philosophy Studio copies this workshop by itself: once a day when you open it, once a week, before a file from an older version is upgraded, and before imports and restores. Restoring a copy replaces the workshop's content; the present content is copied aside first, so a restore can be undone by restoring that copy.</source>
        <translation>Philosophy Studio copies this workshop by itself: once a day when you open it, once a week, before a file from an older version is upgraded, and before imports and restores. Restoring a copy replaces the workshop's content; the present content is copied aside first, so a restore can be undone by restoring that copy.</translation>
    </message>
    <message>
        <source>Copies are kept in: %1</source>
        <translation>Copies are kept in: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Made</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Backups of this workshop</source>
        <translation>Backups of this workshop</translation>
    </message>
    <message>
        <source>There are no copies yet; the first is made the next time you open it.</source>
        <translation>There are no copies yet; the first is made the next time you open it.</translation>
    </message>
    <message>
        <source>&amp;Restore this copy…</source>
        <translation>&amp;Restore this copy…</translation>
    </message>
    <message>
        <source>Restore this copy?</source>
        <translation>Restore this copy?</translation>
    </message>
    <message>
        <source>The workshop will show its content as of %1. Undo history ends here.</source>
        <translation>The workshop will show its content as of %1. Undo history ends here.</translation>
    </message>
</context>
<context>
    <name>BehavioursBox</name>
    <message>
        <source>Do</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>Don't</source>
        <translation>Don't</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Add: %1</translation>
    </message>
    <message>
        <source>Add a behaviour: %1</source>
        <translation>Add a behaviour: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Remove: %1</translation>
    </message>
    <message>
        <source>Remove the selected behaviour: %1</source>
        <translation>Remove the selected behaviour: %1</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message numerus="yes">
        <source>%Ln card(s) on the board, texts hidden</source>
        <translation>
            <numerusform>%Ln card on the board, texts hidden</numerusform><numerusform>%Ln cards on the board, texts hidden</numerusform></translation>
    </message>
    <message>
        <source>%1 (merged into %2)</source>
        <translation>%1 (merged into %2)</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>also: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dot(s)</source>
        <translation>
            <numerusform>%Ln dot</numerusform><numerusform>%Ln dots</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln respondent</numerusform><numerusform>%Ln respondents</numerusform></translation>
    </message>
    <message>
        <source>“%1” into “%2”</source>
        <translation>“%1” into “%2”</translation>
    </message>
    <message>
        <source>Merge values</source>
        <translation>Merge values</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Both texts stay, their dots add up, and Split off undoes it.</source>
        <translation>Merge “%1” into “%2”? Both texts stay, their dots add up, and Split off undoes it.</translation>
    </message>
    <message>
        <source>Show the cards</source>
        <translation>Show the cards</translation>
    </message>
    <message>
        <source>Hide the cards</source>
        <translation>Hide the cards</translation>
    </message>
    <message>
        <source>Type a value and press Enter, e.g. Patience</source>
        <translation>Type a value and press Enter, e.g. Patience</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>New value</translation>
    </message>
    <message>
        <source>Values board; tick up to five to choose them</source>
        <translation>Values board; tick up to five to choose them</translation>
    </message>
    <message>
        <source>Drag a card between others to move it, onto another to merge them; Ctrl+Up/Down moves it, F2 or a double-click renames it</source>
        <translation>Drag a card between others to move it, onto another to merge them; Ctrl+Up/Down moves it, F2 or a double-click renames it</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Move do&amp;wn</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Hide the card texts on the projected board while people add theirs; show them all at once</source>
        <translation>Hide the card texts on the projected board while people add theirs; show them all at once</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>&amp;Merge into</translation>
    </message>
    <message>
        <source>Put this card under another that says nearly the same; both texts stay</source>
        <translation>Put this card under another that says nearly the same; both texts stay</translation>
    </message>
    <message>
        <source>Merge this value into another</source>
        <translation>Merge this value into another</translation>
    </message>
    <message>
        <source>Cards from p&amp;hones…</source>
        <translation>Cards from p&amp;hones…</translation>
    </message>
    <message>
        <source>Let phones on the local network add value cards to the board, anonymously</source>
        <translation>Let phones on the local network add value cards to the board, anonymously</translation>
    </message>
    <message>
        <source>Spl&amp;it off</source>
        <translation>Spl&amp;it off</translation>
    </message>
    <message>
        <source>Split this value off the one it was merged into</source>
        <translation>Split this value off the one it was merged into</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Counting the answers that support this value…</source>
        <translation>Counting the answers that support this value…</translation>
    </message>
    <message>
        <source>Survey support appears here once the survey has enough answers to analyse.</source>
        <translation>Survey support appears here once the survey has enough answers to analyse.</translation>
    </message>
    <message numerus="yes">
        <source>Survey support: %Ln respondent(s).</source>
        <translation>
            <numerusform>Survey support: %Ln respondent.</numerusform><numerusform>Survey support: %Ln respondents.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Through the card's own words (%1, in any form): %Ln respondent(s).</source>
        <translation>
            <numerusform>Through the card's own words (%1, in any form): %Ln respondent.</numerusform><numerusform>Through the card's own words (%1, in any form): %Ln respondents.</numerusform></translation>
    </message>
    <message>
        <source>No answer uses the words of the card's name.</source>
        <translation>No answer uses the words of the card's name.</translation>
    </message>
    <message numerus="yes">
        <source>Through the survey evidence linked to it (%1): %Ln respondent(s).</source>
        <translation>
            <numerusform>Through the survey evidence linked to it (%1): %Ln respondent.</numerusform><numerusform>Through the survey evidence linked to it (%1): %Ln respondents.</numerusform></translation>
    </message>
    <message>
        <source>On the Survey step, “Make this a value” links more words to a card.</source>
        <translation>On the Survey step, “Make this a value” links more words to a card.</translation>
    </message>
    <message>
        <source>Selected value</source>
        <translation>Selected value</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>How it makes a &amp;difference every day:</source>
        <translation>How it makes a &amp;difference every day:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>Cards with the same group name stand together</source>
        <translation>Cards with the same group name stand together</translation>
    </message>
    <message>
        <source>Group of this value</source>
        <translation>Group of this value</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Colour:</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>No colour</translation>
    </message>
    <message>
        <source>Colour of the selected card on the board</source>
        <translation>Colour of the selected card on the board</translation>
    </message>
</context>
<context>
    <name>CharterCoverBox</name>
    <message>
        <source>The organisation's logo</source>
        <translation>The organisation's logo</translation>
    </message>
    <message>
        <source>PNG or JPEG pictures (*.png *.jpg *.jpeg)</source>
        <translation>PNG or JPEG pictures (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The charter's accent colour</source>
        <translation>The charter's accent colour</translation>
    </message>
    <message>
        <source>A %1 logo, %2 × %3 pixels</source>
        <translation>A %1 logo, %2 × %3 pixels</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>No logo</translation>
    </message>
    <message>
        <source>The charter's own colour</source>
        <translation>The charter's own colour</translation>
    </message>
    <message>
        <source>While you were changing the cover, another facilitator saved a different one. Keep one of the two.</source>
        <translation>While you were changing the cover, another facilitator saved a different one. Keep one of the two.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Our customer service philosophy</source>
        <translation>Our customer service philosophy</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <source>Put the organisation's logo on the cover</source>
        <translation>Put the organisation's logo on the cover</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Remove logo</translation>
    </message>
    <message>
        <source>Take the logo off the cover</source>
        <translation>Take the logo off the cover</translation>
    </message>
    <message>
        <source>Accent colour…</source>
        <translation>Accent colour…</translation>
    </message>
    <message>
        <source>Choose the charter's accent colour</source>
        <translation>Choose the charter's accent colour</translation>
    </message>
    <message>
        <source>Charter's own colour</source>
        <translation>Charter's own colour</translation>
    </message>
    <message>
        <source>Print the charter in its own colour</source>
        <translation>Print the charter in its own colour</translation>
    </message>
    <message>
        <source>Cover preview</source>
        <translation>Cover preview</translation>
    </message>
    <message>
        <source>The cover's band in the accent colour, with the logo in its corner</source>
        <translation>The cover's band in the accent colour, with the logo in its corner</translation>
    </message>
</context>
<context>
    <name>CharterDiffDialog</name>
    <message>
        <source>What changed in the charter</source>
        <translation>What changed in the charter</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Show &amp;every line</source>
        <translation>Show &amp;every line</translation>
    </message>
    <message>
        <source>Changes, line by line</source>
        <translation>Changes, line by line</translation>
    </message>
    <message>
        <source>Lines taken out start with a minus sign, lines put in with a plus sign</source>
        <translation>Lines taken out start with a minus sign, lines put in with a plus sign</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Version %1 (%2)</translation>
    </message>
    <message>
        <source>The charter now</source>
        <translation>The charter now</translation>
    </message>
    <message>
        <source>No change: the two say the same.</source>
        <translation>No change: the two say the same.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) put in</source>
        <translation>
            <numerusform>%Ln line put in</numerusform><numerusform>%Ln lines put in</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) taken out</source>
        <translation>
            <numerusform>%Ln line taken out</numerusform><numerusform>%Ln lines taken out</numerusform></translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>Updating the preview…</source>
        <translation>Updating the preview…</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln page(s).</source>
        <translation>
            <numerusform>Preview: %Ln page.</numerusform><numerusform>Preview: %Ln pages.</numerusform></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) cannot be printed with the charter's font and appear as □ in the PDF: %1. Remove them or replace them with words.</source>
        <translation>
            <numerusform>%Ln character cannot be printed with the charter's font and appear as □ in the PDF: %1. Remove them or replace them with words.</numerusform><numerusform>%Ln characters cannot be printed with the charter's font and appear as □ in the PDF: %1. Remove them or replace them with words.</numerusform></translation>
    </message>
    <message>
        <source>Right-to-left text (such as Arabic or Hebrew) is printed from left to right in the PDF. The HTML export shows it correctly.</source>
        <translation>Right-to-left text (such as Arabic or Hebrew) is printed from left to right in the PDF. The HTML export shows it correctly.</translation>
    </message>
    <message>
        <source>Everything the charter needs is in place.</source>
        <translation>Everything the charter needs is in place.</translation>
    </message>
    <message>
        <source>No persona is described yet</source>
        <translation>No persona is described yet</translation>
    </message>
    <message>
        <source>The service approach is not chosen yet</source>
        <translation>The service approach is not chosen yet</translation>
    </message>
    <message>
        <source>No values are chosen yet</source>
        <translation>No values are chosen yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln values are chosen; keep five or fewer</source>
        <translation>
            <numerusform>%Ln values are chosen; keep five or fewer</numerusform><numerusform>%Ln values are chosen; keep five or fewer</numerusform></translation>
    </message>
    <message>
        <source>The chosen values have no memorable name yet</source>
        <translation>The chosen values have no memorable name yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) have no one-line meaning</source>
        <translation>
            <numerusform>%Ln value have no one-line meaning</numerusform><numerusform>%Ln values have no one-line meaning</numerusform></translation>
    </message>
    <message>
        <source>No vision is chosen yet</source>
        <translation>No vision is chosen yet</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) have unanswered questions</source>
        <translation>
            <numerusform>%Ln value have unanswered questions</numerusform><numerusform>%Ln values have unanswered questions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) have no metrics</source>
        <translation>
            <numerusform>%Ln value have no metrics</numerusform><numerusform>%Ln values have no metrics</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) have no do’s and don’ts</source>
        <translation>
            <numerusform>%Ln value have no do’s and don’ts</numerusform><numerusform>%Ln values have no do’s and don’ts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric(s) added but never named</source>
        <translation>
            <numerusform>%Ln metric added but never named</numerusform><numerusform>%Ln metrics added but never named</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Do’s and don’ts: %Ln item(s) added but never written</source>
        <translation>
            <numerusform>Do’s and don’ts: %Ln item added but never written</numerusform><numerusform>Do’s and don’ts: %Ln items added but never written</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) have no leader commitment</source>
        <translation>
            <numerusform>%Ln value have no leader commitment</numerusform><numerusform>%Ln values have no leader commitment</numerusform></translation>
    </message>
    <message>
        <source>The sharing plan is empty</source>
        <translation>The sharing plan is empty</translation>
    </message>
    <message numerus="yes">
        <source>Sharing plan: %Ln item(s) with nothing under “What”</source>
        <translation>
            <numerusform>Sharing plan: %Ln item with nothing under “What”</numerusform><numerusform>Sharing plan: %Ln items with nothing under “What”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Sharing plan: “Other” is the only place given for %Ln item(s)</source>
        <translation>
            <numerusform>Sharing plan: “Other” is the only place given for %Ln item</numerusform><numerusform>Sharing plan: “Other” is the only place given for %Ln items</numerusform></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Web pages (*.html)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown files (*.md)</translation>
    </message>
    <message>
        <source>Export the poster</source>
        <translation>Export the poster</translation>
    </message>
    <message>
        <source>Export the charter</source>
        <translation>Export the charter</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>%1 poster</source>
        <translation>%1 poster</translation>
    </message>
    <message>
        <source>%1 charter</source>
        <translation>%1 charter</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
    <message>
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>The preview is not ready yet; try again in a moment.</translation>
    </message>
    <message>
        <source>Print the charter</source>
        <translation>Print the charter</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %Ln page to the printer.</numerusform><numerusform>Sent %Ln pages to the printer.</numerusform></translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Pa&amp;per:</translation>
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
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>Export P&amp;DF…</translation>
    </message>
    <message>
        <source>Export the charter as PDF</source>
        <translation>Export the charter as PDF</translation>
    </message>
    <message>
        <source>Export p&amp;oster…</source>
        <translation>Export p&amp;oster…</translation>
    </message>
    <message>
        <source>Export the one-page poster as PDF</source>
        <translation>Export the one-page poster as PDF</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Export &amp;HTML…</translation>
    </message>
    <message>
        <source>Export the charter as a web page</source>
        <translation>Export the charter as a web page</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Export &amp;Markdown…</translation>
    </message>
    <message>
        <source>Export the charter as Markdown</source>
        <translation>Export the charter as Markdown</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Before you print</translation>
    </message>
    <message>
        <source>What the charter still lacks</source>
        <translation>What the charter still lacks</translation>
    </message>
    <message>
        <source>Charter preview</source>
        <translation>Charter preview</translation>
    </message>
    <message>
        <source>Warnings about the charter</source>
        <translation>Warnings about the charter</translation>
    </message>
</context>
<context>
    <name>CharterVersionsBox</name>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>&amp;Keep as a version…</source>
        <translation>&amp;Keep as a version…</translation>
    </message>
    <message>
        <source>Keep the charter as it stands now as its next version, with a note of what changed</source>
        <translation>Keep the charter as it stands now as its next version, with a note of what changed</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>Co&amp;mpare…</translation>
    </message>
    <message>
        <source>See what changed between the selected version and the charter now, or another version</source>
        <translation>See what changed between the selected version and the charter now, or another version</translation>
    </message>
    <message>
        <source>Kept versions of the charter</source>
        <translation>Kept versions of the charter</translation>
    </message>
    <message>
        <source>No version kept yet. Keep the charter once the team has signed it; keep it again whenever you revise it after a check-in, so its history stays.</source>
        <translation>No version kept yet. Keep the charter once the team has signed it; keep it again whenever you revise it after a check-in, so its history stays.</translation>
    </message>
    <message>
        <source>Changed since version %1 of %2: the charter prints as a draft of version %3.</source>
        <translation>Changed since version %1 of %2: the charter prints as a draft of version %3.</translation>
    </message>
    <message>
        <source>The charter is version %1, kept on %2.</source>
        <translation>The charter is version %1, kept on %2.</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Keep version %1</source>
        <translation>Keep version %1</translation>
    </message>
    <message>
        <source>What changed, and why (for example: after check-in 2, the meaning of Honesty):</source>
        <translation>What changed, and why (for example: after check-in 2, the meaning of Honesty):</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <source>Coach: draft %1</source>
        <translation>Coach: draft %1</translation>
    </message>
    <message>
        <source>Ask the room: does it say what makes your service different?</source>
        <translation>Ask the room: does it say what makes your service different?</translation>
    </message>
    <message>
        <source>Ask the room: would it motivate someone on a hard day?</source>
        <translation>Ask the room: would it motivate someone on a hard day?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s): concise.</source>
        <translation>
            <numerusform>%Ln word: concise.</numerusform><numerusform>%Ln words: concise.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s): aim for %1 to %2 so people can remember it.</source>
        <translation>
            <numerusform>%Ln word: aim for %1 to %2 so people can remember it.</numerusform><numerusform>%Ln words: aim for %1 to %2 so people can remember it.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentence(s): one to three read best.</source>
        <translation>
            <numerusform>%Ln sentence: one to three read best.</numerusform><numerusform>%Ln sentences: one to three read best.</numerusform></translation>
    </message>
    <message>
        <source>No sentence is too long.</source>
        <translation>No sentence is too long.</translation>
    </message>
    <message numerus="yes">
        <source>The longest sentence has %Ln words; split it.</source>
        <translation>
            <numerusform>The longest sentence has %Ln words; split it.</numerusform><numerusform>The longest sentence has %Ln words; split it.</numerusform></translation>
    </message>
    <message>
        <source>Positive wording.</source>
        <translation>Positive wording.</translation>
    </message>
    <message>
        <source>Reads as negative: %1. Say what you do rather than what you avoid.</source>
        <translation>Reads as negative: %1. Say what you do rather than what you avoid.</translation>
    </message>
    <message>
        <source>Customers are in it.</source>
        <translation>Customers are in it.</translation>
    </message>
    <message>
        <source>Customers are not mentioned yet.</source>
        <translation>Customers are not mentioned yet.</translation>
    </message>
    <message>
        <source>Carries the staff's survey words: %1.</source>
        <translation>Carries the staff's survey words: %1.</translation>
    </message>
    <message>
        <source>Could it use one of the staff's own survey words?</source>
        <translation>Could it use one of the staff's own survey words?</translation>
    </message>
    <message>
        <source>Could it carry %1 too? A vision need not name every value; say it in your own words if it fits.</source>
        <translation>Could it carry %1 too? A vision need not name every value; say it in your own words if it fits.</translation>
    </message>
    <message>
        <source>Choose the values in the Values step to see whether the vision carries them.</source>
        <translation>Choose the values in the Values step to see whether the vision carries them.</translation>
    </message>
    <message>
        <source>Carries every chosen value.</source>
        <translation>Carries every chosen value.</translation>
    </message>
    <message>
        <source>Coaching for the draft</source>
        <translation>Coaching for the draft</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Edit workshop details</translation>
    </message>
    <message>
        <source>Set the step's timer</source>
        <translation>Set the step's timer</translation>
    </message>
    <message>
        <source>Edit vision</source>
        <translation>Edit vision</translation>
    </message>
    <message>
        <source>Add a vision draft</source>
        <translation>Add a vision draft</translation>
    </message>
    <message>
        <source>Delete a vision draft</source>
        <translation>Delete a vision draft</translation>
    </message>
    <message>
        <source>Choose the vision</source>
        <translation>Choose the vision</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>Answer a question</translation>
    </message>
    <message>
        <source>Edit a leader commitment</source>
        <translation>Edit a leader commitment</translation>
    </message>
    <message>
        <source>Add a metric</source>
        <translation>Add a metric</translation>
    </message>
    <message>
        <source>Edit a metric</source>
        <translation>Edit a metric</translation>
    </message>
    <message>
        <source>Delete a metric</source>
        <translation>Delete a metric</translation>
    </message>
    <message>
        <source>Add a behaviour</source>
        <translation>Add a behaviour</translation>
    </message>
    <message>
        <source>Edit a behaviour</source>
        <translation>Edit a behaviour</translation>
    </message>
    <message>
        <source>Delete a behaviour</source>
        <translation>Delete a behaviour</translation>
    </message>
    <message>
        <source>Add to the sharing plan</source>
        <translation>Add to the sharing plan</translation>
    </message>
    <message>
        <source>Edit the sharing plan</source>
        <translation>Edit the sharing plan</translation>
    </message>
    <message>
        <source>Remove from the sharing plan</source>
        <translation>Remove from the sharing plan</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Add a value</translation>
    </message>
    <message>
        <source>Edit a value</source>
        <translation>Edit a value</translation>
    </message>
    <message>
        <source>Delete a value</source>
        <translation>Delete a value</translation>
    </message>
    <message>
        <source>Move a value</source>
        <translation>Move a value</translation>
    </message>
    <message>
        <source>Choose the values</source>
        <translation>Choose the values</translation>
    </message>
    <message>
        <source>Merge or split value cards</source>
        <translation>Merge or split value cards</translation>
    </message>
    <message>
        <source>Colour a value</source>
        <translation>Colour a value</translation>
    </message>
    <message>
        <source>Group a value</source>
        <translation>Group a value</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Add a persona</translation>
    </message>
    <message>
        <source>Delete a persona</source>
        <translation>Delete a persona</translation>
    </message>
    <message>
        <source>Edit the customer types</source>
        <translation>Edit the customer types</translation>
    </message>
    <message>
        <source>Move a persona</source>
        <translation>Move a persona</translation>
    </message>
    <message>
        <source>Edit a persona</source>
        <translation>Edit a persona</translation>
    </message>
    <message>
        <source>Hide an answer</source>
        <translation>Hide an answer</translation>
    </message>
    <message>
        <source>Show an answer again</source>
        <translation>Show an answer again</translation>
    </message>
    <message>
        <source>Set when the survey is open</source>
        <translation>Set when the survey is open</translation>
    </message>
    <message>
        <source>Ask the survey again</source>
        <translation>Ask the survey again</translation>
    </message>
    <message>
        <source>Undo an analysis adjustment</source>
        <translation>Undo an analysis adjustment</translation>
    </message>
    <message>
        <source>Merge words</source>
        <translation>Merge words</translation>
    </message>
    <message>
        <source>Split a word group</source>
        <translation>Split a word group</translation>
    </message>
    <message>
        <source>Exclude a word</source>
        <translation>Exclude a word</translation>
    </message>
    <message>
        <source>Add a stopword</source>
        <translation>Add a stopword</translation>
    </message>
    <message>
        <source>Count a stopword</source>
        <translation>Count a stopword</translation>
    </message>
    <message>
        <source>Rename a word</source>
        <translation>Rename a word</translation>
    </message>
    <message>
        <source>Add survey evidence to a value</source>
        <translation>Add survey evidence to a value</translation>
    </message>
    <message>
        <source>Remove survey evidence from a value</source>
        <translation>Remove survey evidence from a value</translation>
    </message>
    <message>
        <source>Open a voting round</source>
        <translation>Open a voting round</translation>
    </message>
    <message>
        <source>Delete a voting round</source>
        <translation>Delete a voting round</translation>
    </message>
    <message>
        <source>Close or reopen the voting</source>
        <translation>Close or reopen the voting</translation>
    </message>
    <message>
        <source>Show or hide the votes</source>
        <translation>Show or hide the votes</translation>
    </message>
    <message>
        <source>Plan the check-ins</source>
        <translation>Plan the check-ins</translation>
    </message>
    <message>
        <source>Store metric readings</source>
        <translation>Store metric readings</translation>
    </message>
    <message>
        <source>Move a check-in</source>
        <translation>Move a check-in</translation>
    </message>
    <message>
        <source>Review a commitment</source>
        <translation>Review a commitment</translation>
    </message>
    <message>
        <source>Keep the charter as a version</source>
        <translation>Keep the charter as a version</translation>
    </message>
    <message>
        <source>Change the charter's logo</source>
        <translation>Change the charter's logo</translation>
    </message>
    <message>
        <source>Change the charter's accent colour</source>
        <translation>Change the charter's accent colour</translation>
    </message>
</context>
<context>
    <name>CommentsInContext</name>
    <message>
        <source>Comments using the selected word</source>
        <translation>Comments using the selected word</translation>
    </message>
    <message>
        <source>Click a word above to read the comments that use it.</source>
        <translation>Click a word above to read the comments that use it.</translation>
    </message>
    <message>
        <source>Looking for “%1” in the comments…</source>
        <translation>Looking for “%1” in the comments…</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used in %Ln text(s) (the first 200 shown):</source>
        <translation>
            <numerusform>“%1” is used in %Ln text (the first 200 shown):</numerusform><numerusform>“%1” is used in %Ln texts (the first 200 shown):</numerusform></translation>
    </message>
</context>
<context>
    <name>CommitmentsBox</name>
    <message>
        <source>Each leader says what they did about their promise since the last meeting. Choose where it stands and note what happened or what got in the way.</source>
        <translation>Each leader says what they did about their promise since the last meeting. Choose where it stands and note what happened or what got in the way.</translation>
    </message>
    <message>
        <source>No values chosen yet: the promises are made in the Walk the talk step.</source>
        <translation>No values chosen yet: the promises are made in the Walk the talk step.</translation>
    </message>
    <message>
        <source>Leaders' commitments</source>
        <translation>Leaders' commitments</translation>
    </message>
    <message>
        <source>Leaders' commitments at check-in %1 (%2)</source>
        <translation>Leaders' commitments at check-in %1 (%2)</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>(no promise written)</source>
        <translation>(no promise written)</translation>
    </message>
    <message>
        <source>Where the promise for %1 stands</source>
        <translation>Where the promise for %1 stands</translation>
    </message>
    <message>
        <source>Note on the promise for %1</source>
        <translation>Note on the promise for %1</translation>
    </message>
    <message>
        <source>What the leaders did, or what got in the way</source>
        <translation>What the leaders did, or what got in the way</translation>
    </message>
    <message>
        <source>While you were reviewing the promise for %1, another facilitator saved a different review. Keep one of the two.</source>
        <translation>While you were reviewing the promise for %1, another facilitator saved a different review. Keep one of the two.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this</source>
        <translation>Someone else changed this</translation>
    </message>
    <message>
        <source>While you were typing, another facilitator saved a different text here. Keep one of the two; you can copy from the other before you choose.</source>
        <translation>While you were typing, another facilitator saved a different text here. Keep one of the two; you can copy from the other before you choose.</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Their version</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>Use &amp;theirs</translation>
    </message>
    <message>
        <source>Saved by someone else:</source>
        <translation>Saved by someone else:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Yours:</translation>
    </message>
</context>
<context>
    <name>CountTableModel</name>
    <message>
        <source>Phrase</source>
        <translation>Phrase</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Occurrences</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
</context>
<context>
    <name>CustomerTypesBox</name>
    <message>
        <source>Customer types</source>
        <translation>Customer types</translation>
    </message>
    <message>
        <source>The types a persona can have. Double-click or press F2 to rename one.</source>
        <translation>The types a persona can have. Double-click or press F2 to rename one.</translation>
    </message>
    <message>
        <source>What sets this type &amp;apart:</source>
        <translation>What sets this type &amp;apart:</translation>
    </message>
    <message>
        <source>What sets this type apart</source>
        <translation>What sets this type apart</translation>
    </message>
    <message>
        <source>e.g. comes back often and expects to be remembered</source>
        <translation>e.g. comes back often and expects to be remembered</translation>
    </message>
    <message>
        <source>Add a type</source>
        <translation>Add a type</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the selected customer type</source>
        <translation>Remove the selected customer type</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Move the customer type up</source>
        <translation>Move the customer type up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>Move the customer type down</source>
        <translation>Move the customer type down</translation>
    </message>
    <message>
        <source>Use a sector's types</source>
        <translation>Use a sector's types</translation>
    </message>
    <message>
        <source>Replace the list with a sector's types; types a persona has stay</source>
        <translation>Replace the list with a sector's types; types a persona has stay</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Reading the customer feedback…</source>
        <translation>Reading the customer feedback…</translation>
    </message>
    <message numerus="yes">
        <source>Counting the words of %Ln comment(s)…</source>
        <translation>
            <numerusform>Counting the words of %Ln comment…</numerusform><numerusform>Counting the words of %Ln comments…</numerusform></translation>
    </message>
    <message>
        <source>No customer feedback yet. Import an export of comments (help desk tickets, NPS or CSAT survey answers, reviews) as CSV, XLSX or TXT.</source>
        <translation>No customer feedback yet. Import an export of comments (help desk tickets, NPS or CSAT survey answers, reviews) as CSV, XLSX or TXT.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) from customers</source>
        <translation>
            <numerusform>%Ln comment from customers</numerusform><numerusform>%Ln comments from customers</numerusform></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message numerus="yes">
        <source>Within the filter: %Ln comment(s)</source>
        <translation>
            <numerusform>Within the filter: %Ln comment</numerusform><numerusform>Within the filter: %Ln comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>too few to show their words (the survey's minimum is %Ln)</source>
        <translation>
            <numerusform>too few to show their words (the survey's minimum is %Ln)</numerusform><numerusform>too few to show their words (the survey's minimum is %Ln)</numerusform></translation>
    </message>
    <message>
        <source>No customer feedback yet.</source>
        <translation>No customer feedback yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer comment(s)</source>
        <translation>
            <numerusform>%Ln customer comment</numerusform><numerusform>%Ln customer comments</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln comment(s)</source>
        <translation>
            <numerusform>%1: %Ln comment</numerusform><numerusform>%1: %Ln comments</numerusform></translation>
    </message>
    <message>
        <source>%1 promoters, %2 detractors</source>
        <translation>%1 promoters, %2 detractors</translation>
    </message>
    <message>
        <source>&amp;Import customer feedback…</source>
        <translation>&amp;Import customer feedback…</translation>
    </message>
    <message>
        <source>Counting the customers' words</source>
        <translation>Counting the customers' words</translation>
    </message>
    <message>
        <source>The comments behind a word</source>
        <translation>The comments behind a word</translation>
    </message>
</context>
<context>
    <name>DotCounter</name>
    <message>
        <source>Dots on %1: %2</source>
        <translation>Dots on %1: %2</translation>
    </message>
    <message>
        <source>One dot fewer on %1</source>
        <translation>One dot fewer on %1</translation>
    </message>
    <message>
        <source>One dot more on %1</source>
        <translation>One dot more on %1</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln word</numerusform><numerusform>%Ln words</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentence(s)</source>
        <translation>
            <numerusform>%Ln sentence</numerusform><numerusform>%Ln sentences</numerusform></translation>
    </message>
    <message>
        <source>The limit of %1 characters is reached; the rest was not kept.</source>
        <translation>The limit of %1 characters is reached; the rest was not kept.</translation>
    </message>
    <message>
        <source>This is our vision</source>
        <translation>This is our vision</translation>
    </message>
    <message>
        <source>Choose draft %1 as the vision</source>
        <translation>Choose draft %1 as the vision</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Delete draft %1</source>
        <translation>Delete draft %1</translation>
    </message>
    <message>
        <source>Vision draft %1</source>
        <translation>Vision draft %1</translation>
    </message>
    <message>
        <source>For example: We make every customer feel heard, and we solve their problem the first time.</source>
        <translation>For example: We make every customer feel heard, and we solve their problem the first time.</translation>
    </message>
</context>
<context>
    <name>Encodings</name>
    <message>
        <source>Turkish (Windows-1254, Excel)</source>
        <translation>Turkish (Windows-1254, Excel)</translation>
    </message>
    <message>
        <source>Turkish (ISO-8859-9)</source>
        <translation>Turkish (ISO-8859-9)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252, Excel)</source>
        <translation>Western European (Windows-1252, Excel)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1, Latin-1)</source>
        <translation>Western European (ISO-8859-1, Latin-1)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-15)</source>
        <translation>Western European (ISO-8859-15)</translation>
    </message>
    <message>
        <source>Turkish (DOS, code page 857)</source>
        <translation>Turkish (DOS, code page 857)</translation>
    </message>
    <message>
        <source>Turkish (Mac OS)</source>
        <translation>Turkish (Mac OS)</translation>
    </message>
    <message>
        <source>Unicode (UTF-8)</source>
        <translation>Unicode (UTF-8)</translation>
    </message>
</context>
<context>
    <name>EnterPinDialog</name>
    <message>
        <source>Leave the kiosk</source>
        <translation>Leave the kiosk</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>Facilitator PIN</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Facilitator &amp;PIN:</source>
        <translation>Facilitator &amp;PIN:</translation>
    </message>
    <message>
        <source>Re&amp;covery code:</source>
        <translation>Re&amp;covery code:</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk</source>
        <translation>&amp;Leave kiosk</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln second(s), or type the recovery code shown when the kiosk started.</source>
        <translation>
            <numerusform>Too many wrong PINs. Try again in %Ln second, or type the recovery code shown when the kiosk started.</numerusform><numerusform>Too many wrong PINs. Try again in %Ln seconds, or type the recovery code shown when the kiosk started.</numerusform></translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Wrong recovery code.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Wrong PIN.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong with the workshop.</source>
        <translation>Something went wrong with the workshop.</translation>
    </message>
    <message>
        <source>The workshop file {path} does not exist.</source>
        <translation>The workshop file {path} does not exist.</translation>
    </message>
    <message>
        <source>{path} is not a Philosophy Studio workshop.</source>
        <translation>{path} is not a Philosophy Studio workshop.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of Philosophy Studio. Please update the app to open it.</source>
        <translation>{path} was saved by a newer version of Philosophy Studio. Please update the app to open it.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} already exists; choose another file name.</translation>
    </message>
    <message>
        <source>{path} is already open in another Philosophy Studio window.</source>
        <translation>{path} is already open in another Philosophy Studio window.</translation>
    </message>
    <message>
        <source>The workshop could not be saved or read: {reason}</source>
        <translation>The workshop could not be saved or read: {reason}</translation>
    </message>
    <message>
        <source>The workshop could not be saved because the disk is full. Free some space and try again; what you typed is kept.</source>
        <translation>The workshop could not be saved because the disk is full. Free some space and try again; what you typed is kept.</translation>
    </message>
    <message>
        <source>The workshop could not be saved because the file or its folder is read-only. Make it writable or save a copy elsewhere; what you typed is kept.</source>
        <translation>The workshop could not be saved because the file or its folder is read-only. Make it writable or save a copy elsewhere; what you typed is kept.</translation>
    </message>
    <message>
        <source>Another program kept the workshop locked for too long. Close it and try again; what you typed is kept.</source>
        <translation>Another program kept the workshop locked for too long. Close it and try again; what you typed is kept.</translation>
    </message>
    <message>
        <source>The team server refused the user name or password. Check them and try again.</source>
        <translation>The team server refused the user name or password. Check them and try again.</translation>
    </message>
    <message>
        <source>The team server did not allow this account to set up or change the workshop tables (permission denied). Ask the server's administrator for the rights, or to connect once with an account that has them.</source>
        <translation>The team server did not allow this account to set up or change the workshop tables (permission denied). Ask the server's administrator for the rights, or to connect once with an account that has them.</translation>
    </message>
    <message>
        <source>The workshop file is damaged: part of it is missing or overwritten (a copy that was cut short, a disk error). Open its latest backup instead (File &gt; Backups… in the app).</source>
        <translation>The workshop file is damaged: part of it is missing or overwritten (a copy that was cut short, a disk error). Open its latest backup instead (File &gt; Backups… in the app).</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the workshop: it may be full, removed or failing. Check it and try again; what you typed is kept.</source>
        <translation>The disk reported an error while reading or writing the workshop: it may be full, removed or failing. Check it and try again; what you typed is kept.</translation>
    </message>
    <message>
        <source>The workshop's database cannot be reached. Check the file or the connection to the team server and try again; what you typed is kept.</source>
        <translation>The workshop's database cannot be reached. Check the file or the connection to the team server and try again; what you typed is kept.</translation>
    </message>
    <message>
        <source>Nothing was changed: the safety copy of {path} could not be made in {folder} ({reason}). Free some space or make that folder writable, then try again.</source>
        <translation>Nothing was changed: the safety copy of {path} could not be made in {folder} ({reason}). Free some space or make that folder writable, then try again.</translation>
    </message>
    <message>
        <source>{path} is a workshop file; an export never replaces one. Nothing was written; choose another file name for the export.</source>
        <translation>{path} is a workshop file; an export never replaces one. Nothing was written; choose another file name for the export.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a folder, a device or another special file), and an export writes only files. Nothing was written; choose a file name.</source>
        <translation>{path} is not an ordinary file (it is a folder, a device or another special file), and an export writes only files. Nothing was written; choose a file name.</translation>
    </message>
    <message>
        <source>{path} is not a valid workshop JSON file: {reason}</source>
        <translation>{path} is not a valid workshop JSON file: {reason}</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it; choose which version to keep.</source>
        <translation>Someone else changed this while you were editing it; choose which version to keep.</translation>
    </message>
    <message>
        <source>The charter has not changed since version {number} was kept: there is nothing new to keep.</source>
        <translation>The charter has not changed since version {number} was kept: there is nothing new to keep.</translation>
    </message>
    <message>
        <source>There is no version {number} of the charter: {kept}.</source>
        <translation>There is no version {number} of the charter: {kept}.</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>There is no check-in {number}: the plan has {planned}, numbered from 1 in calendar order.</source>
        <translation>There is no check-in {number}: the plan has {planned}, numbered from 1 in calendar order.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Your earlier work is safe.</source>
        <translation>Something unexpected went wrong ({detail}). Your earlier work is safe.</translation>
    </message>
    <message>
        <source>The file could not be used: {reason}</source>
        <translation>The file could not be used: {reason}</translation>
    </message>
    <message>
        <source>The team name cannot be empty.</source>
        <translation>The team name cannot be empty.</translation>
    </message>
    <message>
        <source>The survey must close after it opens: choose an end later than the start.</source>
        <translation>The survey must close after it opens: choose an end later than the start.</translation>
    </message>
    <message>
        <source>Results need at least {lowest} respondents to stay anonymous.</source>
        <translation>Results need at least {lowest} respondents to stay anonymous.</translation>
    </message>
    <message>
        <source>The results can wait for at most {highest} respondents; a team is never larger.</source>
        <translation>The results can wait for at most {highest} respondents; a team is never larger.</translation>
    </message>
    <message>
        <source>{location} holds {count} workshops; choose one by its number (the command line's list-workshops shows them).</source>
        <translation>{location} holds {count} workshops; choose one by its number (the command line's list-workshops shows them).</translation>
    </message>
    <message>
        <source>The method keeps five values or fewer, so that everyone can remember and live them. Unchoose one before choosing another.</source>
        <translation>The method keeps five values or fewer, so that everyone can remember and live them. Unchoose one before choosing another.</translation>
    </message>
    <message>
        <source>A value needs a name.</source>
        <translation>A value needs a name.</translation>
    </message>
    <message>
        <source>A card colour is written like #4285f4.</source>
        <translation>A card colour is written like #4285f4.</translation>
    </message>
    <message>
        <source>This value is among the chosen ones; unchoose it before merging it into another.</source>
        <translation>This value is among the chosen ones; unchoose it before merging it into another.</translation>
    </message>
    <message>
        <source>A value can be merged only into another value that is not merged itself.</source>
        <translation>A value can be merged only into another value that is not merged itself.</translation>
    </message>
    <message>
        <source>{name} could not be read as answers. Nothing was imported.</source>
        <translation>{name} could not be read as answers. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} is empty. Nothing was imported.</source>
        <translation>{name} is empty. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} has column headings but no answers below them. Nothing was imported.</source>
        <translation>{name} has column headings but no answers below them. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} is not a text file or a spreadsheet (it contains binary data). Export the answers as CSV or XLSX. Nothing was imported.</source>
        <translation>{name} is not a text file or a spreadsheet (it contains binary data). Export the answers as CSV or XLSX. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} is a {kind} file, not answers. Export the answers as CSV or XLSX. Nothing was imported.</source>
        <translation>{name} is a {kind} file, not answers. Export the answers as CSV or XLSX. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 (.xls) workbook, which cannot be read. Save it as .xlsx or CSV in Excel and import that. Nothing was imported.</source>
        <translation>{name} is an old Excel 97-2003 (.xls) workbook, which cannot be read. Save it as .xlsx or CSV in Excel and import that. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} is protected with a password. Remove the password in Excel (or save a copy as CSV) and import that. Nothing was imported.</source>
        <translation>{name} is protected with a password. Remove the password in Excel (or save a copy as CSV) and import that. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook (it may be damaged). Nothing was imported.</source>
        <translation>{name} is not a readable XLSX workbook (it may be damaged). Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} is larger than the limit of {limit} MB for answer files. Nothing was imported.</source>
        <translation>{name} is larger than the limit of {limit} MB for answer files. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows below its headings, the most one import takes (a stray cell far below the answers counts too). Split the file, or delete what lies below the answers, and import it then. Nothing was imported.</source>
        <translation>{name} has more than {limit} rows below its headings, the most one import takes (a stray cell far below the answers counts too). Split the file, or delete what lies below the answers, and import it then. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} has cells in more than {limit} columns, far more than a survey export has (a stray cell far to the right, or not a survey). Delete the columns that are not needed and save the file again. Nothing was imported.</source>
        <translation>{name} has cells in more than {limit} columns, far more than a survey export has (a stray cell far to the right, or not a survey). Delete the columns that are not needed and save the file again. Nothing was imported.</translation>
    </message>
    <message>
        <source>The quotation mark that opens a cell on line {line} of {name} is not closed where the cell ends, so the rows after it would be read as one answer. Correct the quotation marks on that line (or export the file again) and import it then. Nothing was imported.</source>
        <translation>The quotation mark that opens a cell on line {line} of {name} is not closed where the cell ends, so the rows after it would be read as one answer. Correct the quotation marks on that line (or export the file again) and import it then. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} would unpack to far more data than a survey can hold (a damaged or malicious workbook). Nothing was imported.</source>
        <translation>{name} would unpack to far more data than a survey can hold (a damaged or malicious workbook). Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} is not in UTF-8 or UTF-16; choose an encoding (for Turkish Excel files usually Windows-1254) and check the preview. Nothing was imported.</source>
        <translation>{name} is not in UTF-8 or UTF-16; choose an encoding (for Turkish Excel files usually Windows-1254) and check the preview. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} cannot be read as {encoding}; choose another encoding. Nothing was imported.</source>
        <translation>{name} cannot be read as {encoding}; choose another encoding. Nothing was imported.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding this app knows.</source>
        <translation>{encoding} is not an encoding this app knows.</translation>
    </message>
    <message>
        <source>{name} has no column {column}. Its columns are: {columns}. Nothing was imported.</source>
        <translation>{name} has no column {column}. Its columns are: {columns}. Nothing was imported.</translation>
    </message>
    <message>
        <source>Column {column} identifies people (a name, e-mail, ID or time) and is never imported; choose the column with the answers.</source>
        <translation>Column {column} identifies people (a name, e-mail, ID or time) and is never imported; choose the column with the answers.</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon or a tab.</source>
        <translation>The delimiter must be a comma, a semicolon or a tab.</translation>
    </message>
    <message>
        <source>{name} is larger than the limit of {limit} MB for feedback files. Export a shorter period, or only the columns needed, and import that. Nothing was imported.</source>
        <translation>{name} is larger than the limit of {limit} MB for feedback files. Export a shorter period, or only the columns needed, and import that. Nothing was imported.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has {value} in the score column {column}, which is not a whole number from 0 to 10. Correct the score or leave the cell empty, and import the file again. Nothing was imported.</source>
        <translation>Row {row} of {name} has {value} in the score column {column}, which is not a whole number from 0 to 10. Correct the score or leave the cell empty, and import the file again. Nothing was imported.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has the score {value}, outside the {scale} scale ({lowest} to {highest}). Correct the score, or choose the other scale, and import the file again. Nothing was imported.</source>
        <translation>Row {row} of {name} has the score {value}, outside the {scale} scale ({lowest} to {highest}). Correct the score, or choose the other scale, and import the file again. Nothing was imported.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has {value} in the date column {column}, which is not a date this app reads (such as 2024-03-31, 31.03.2024 or 31/03/2024). Correct the date or leave the cell empty, and import the file again. Nothing was imported.</source>
        <translation>Row {row} of {name} has {value} in the date column {column}, which is not a date this app reads (such as 2024-03-31, 31.03.2024 or 31/03/2024). Correct the date or leave the cell empty, and import the file again. Nothing was imported.</translation>
    </message>
    <message>
        <source>The answer is empty; write something before sending it.</source>
        <translation>The answer is empty; write something before sending it.</translation>
    </message>
    <message>
        <source>The survey is closed, so the answer was not stored. Please ask the facilitator.</source>
        <translation>The survey is closed, so the answer was not stored. Please ask the facilitator.</translation>
    </message>
    <message>
        <source>{overlap} of the {count} answers in {name} are in the workshop already, but the file does not start with an earlier import (responses edited or deleted, or the rows sorted differently). Nothing was imported; import every row as a new respondent only if they are not the same people (import-survey --all-rows).</source>
        <translation>{overlap} of the {count} answers in {name} are in the workshop already, but the file does not start with an earlier import (responses edited or deleted, or the rows sorted differently). Nothing was imported; import every row as a new respondent only if they are not the same people (import-survey --all-rows).</translation>
    </message>
    <message>
        <source>The workshop's answers changed while {name} was previewed (another import?). Nothing was imported; look at the preview again.</source>
        <translation>The workshop's answers changed while {name} was previewed (another import?). Nothing was imported; look at the preview again.</translation>
    </message>
    <message>
        <source>Every column of {name} looks like it identifies people (names, e-mail addresses, ID numbers or times). Nothing was imported; name the column that holds the answers.</source>
        <translation>Every column of {name} looks like it identifies people (names, e-mail addresses, ID numbers or times). Nothing was imported; name the column that holds the answers.</translation>
    </message>
    <message>
        <source>The chosen column of {name} holds no answers (every cell is empty). Nothing was imported.</source>
        <translation>The chosen column of {name} holds no answers (every cell is empty). Nothing was imported.</translation>
    </message>
    <message>
        <source>The workshop has {have} visible answers; its analysis is shown from {need} on, so that no answer can be traced to a person.</source>
        <translation>The workshop has {have} visible answers; its analysis is shown from {need} on, so that no answer can be traced to a person.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text. Save it as UTF-8, or import it into a workshop first.</source>
        <translation>{name} is not UTF-8 text. Save it as UTF-8, or import it into a workshop first.</translation>
    </message>
    <message>
        <source>There are no answers to analyse.</source>
        <translation>There are no answers to analyse.</translation>
    </message>
    <message>
        <source>Choose at least one word for this adjustment.</source>
        <translation>Choose at least one word for this adjustment.</translation>
    </message>
    <message>
        <source>The voting is closed, so the dots were not counted.</source>
        <translation>The voting is closed, so the dots were not counted.</translation>
    </message>
    <message>
        <source>Place at least one dot before sending.</source>
        <translation>Place at least one dot before sending.</translation>
    </message>
    <message>
        <source>Each person has {dots} dots and may put at most {per_card} on one value.</source>
        <translation>Each person has {dots} dots and may put at most {per_card} on one value.</translation>
    </message>
    <message>
        <source>This ballot form is damaged; reload it and vote again.</source>
        <translation>This ballot form is damaged; reload it and vote again.</translation>
    </message>
    <message>
        <source>A voting round is already open; close it before opening another.</source>
        <translation>A voting round is already open; close it before opening another.</translation>
    </message>
    <message>
        <source>Give each person 1 to {most} dots, and allow at most that many on one card.</source>
        <translation>Give each person 1 to {most} dots, and allow at most that many on one card.</translation>
    </message>
    <message>
        <source>{path} is not a whole copy of the workshop (it was cut short or is damaged), so it was not restored and nothing was changed. Choose another copy.</source>
        <translation>{path} is not a whole copy of the workshop (it was cut short or is damaged), so it was not restored and nothing was changed. Choose another copy.</translation>
    </message>
    <message>
        <source>{name} could not be read as metric readings. Nothing was imported.</source>
        <translation>{name} could not be read as metric readings. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} has no column of dates: give one the heading Date (or Tarih). Nothing was imported.</source>
        <translation>{name} has no column of dates: give one the heading Date (or Tarih). Nothing was imported.</translation>
    </message>
    <message>
        <source>No column of {name} is named after a metric of this workshop ({known}), and it has no Metric and Value columns. Nothing was imported.</source>
        <translation>No column of {name} is named after a metric of this workshop ({known}), and it has no Metric and Value columns. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} has readings of metrics this workshop does not have: {unknown}. Its metrics are: {known}. Nothing was imported.</source>
        <translation>{name} has readings of metrics this workshop does not have: {unknown}. Its metrics are: {known}. Nothing was imported.</translation>
    </message>
    <message>
        <source>In {name}, rows {rows} have no date that can be read; write dates as 2027-01-31 or 31.01.2027. Nothing was imported.</source>
        <translation>In {name}, rows {rows} have no date that can be read; write dates as 2027-01-31 or 31.01.2027. Nothing was imported.</translation>
    </message>
    <message>
        <source>In {name}, these readings are not numbers (rows {rows}): {values}. Nothing was imported.</source>
        <translation>In {name}, these readings are not numbers (rows {rows}): {values}. Nothing was imported.</translation>
    </message>
    <message>
        <source>In {name}, {metric} has two readings for {day} (rows {rows}). Nothing was imported.</source>
        <translation>In {name}, {metric} has two readings for {day} (rows {rows}). Nothing was imported.</translation>
    </message>
    <message>
        <source>More than one value has a metric named {metric}, so {name} does not say whose readings these are. Rename one of them in the Guidelines step. Nothing was imported.</source>
        <translation>More than one value has a metric named {metric}, so {name} does not say whose readings these are. Rename one of them in the Guidelines step. Nothing was imported.</translation>
    </message>
    <message>
        <source>{name} holds no readings. Nothing was imported.</source>
        <translation>{name} holds no readings. Nothing was imported.</translation>
    </message>
    <message>
        <source>The workshop's customer scores are {stored}, so {name} cannot be imported as {given}: one workshop's scores are all NPS (0-10) or all CSAT (1-5). Nothing was imported.</source>
        <translation>The workshop's customer scores are {stored}, so {name} cannot be imported as {given}: one workshop's scores are all NPS (0-10) or all CSAT (1-5). Nothing was imported.</translation>
    </message>
    <message>
        <source>{overlap} of the {count} comments in {name} are in the workshop already, but the file does not start with an earlier import (an older or re-sorted export?). Nothing was imported; import every row as a new comment only if they are other customers' (import-feedback --all-rows).</source>
        <translation>{overlap} of the {count} comments in {name} are in the workshop already, but the file does not start with an earlier import (an older or re-sorted export?). Nothing was imported; import every row as a new comment only if they are other customers' (import-feedback --all-rows).</translation>
    </message>
    <message>
        <source>The workshop holds no customer feedback yet; import an export of comments first.</source>
        <translation>The workshop holds no customer feedback yet; import an export of comments first.</translation>
    </message>
    <message>
        <source>No comment came through “{channel}”. The channels are: {known}.</source>
        <translation>No comment came through “{channel}”. The channels are: {known}.</translation>
    </message>
    <message>
        <source>Nothing was answered; choose a number for at least one value.</source>
        <translation>Nothing was answered; choose a number for at least one value.</translation>
    </message>
    <message>
        <source>A pulse answer is a number from 1 to 5.</source>
        <translation>A pulse answer is a number from 1 to 5.</translation>
    </message>
    <message>
        <source>This file cannot be the charter's logo.</source>
        <translation>This file cannot be the charter's logo.</translation>
    </message>
    <message>
        <source>The logo file is {size} MB; the charter takes a logo of at most {limit} MB. Save it smaller (a PNG or JPEG about 1000 pixels wide is plenty) and try again.</source>
        <translation>The logo file is {size} MB; the charter takes a logo of at most {limit} MB. Save it smaller (a PNG or JPEG about 1000 pixels wide is plenty) and try again.</translation>
    </message>
    <message>
        <source>This file is not a picture. The logo must be a PNG or JPEG file.</source>
        <translation>This file is not a picture. The logo must be a PNG or JPEG file.</translation>
    </message>
    <message>
        <source>This is a {kind} picture; the charter takes a PNG or JPEG logo. Save it as PNG and try again.</source>
        <translation>This is a {kind} picture; the charter takes a PNG or JPEG logo. Save it as PNG and try again.</translation>
    </message>
    <message>
        <source>The picture is damaged or cut short, so it cannot be shown. Save it again from the program that made it and try again.</source>
        <translation>The picture is damaged or cut short, so it cannot be shown. Save it again from the program that made it and try again.</translation>
    </message>
    <message>
        <source>The picture is {width} × {height} pixels; the charter takes a logo of at most {side} pixels on each side. Save it smaller and try again.</source>
        <translation>The picture is {width} × {height} pixels; the charter takes a logo of at most {side} pixels on each side. Save it smaller and try again.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour; write it as # and six hex digits, like #1f6feb.</source>
        <translation>“{value}” is not a colour; write it as # and six hex digits, like #1f6feb.</translation>
    </message>
    <message>
        <source>A customer type needs a name.</source>
        <translation>A customer type needs a name.</translation>
    </message>
    <message>
        <source>There is already a customer type called “{name}”; give this one another name.</source>
        <translation>There is already a customer type called “{name}”; give this one another name.</translation>
    </message>
    <message>
        <source>A workshop can have at most {limit} customer types.</source>
        <translation>A workshop can have at most {limit} customer types.</translation>
    </message>
    <message>
        <source>“{key}” cannot be a customer type's key: use up to 32 lower-case letters, digits, - and _, each key once.</source>
        <translation>“{key}” cannot be a customer type's key: use up to 32 lower-case letters, digits, - and _, each key once.</translation>
    </message>
    <message>
        <source>The customer type “{name}” is still the type of {personas}; give them another type before removing it.</source>
        <translation>The customer type “{name}” is still the type of {personas}; give them another type before removing it.</translation>
    </message>
    <message>
        <source>The workshop has no customer type “{key}”; it may have been removed meanwhile.</source>
        <translation>The workshop has no customer type “{key}”; it may have been removed meanwhile.</translation>
    </message>
</context>
<context>
    <name>ExamplesDialog</name>
    <message>
        <source>Apple describes its aim as giving students, teachers, creative professionals and consumers everywhere the best personal computing experience, through its own hardware, software and online services.</source>
        <translation>Apple describes its aim as giving students, teachers, creative professionals and consumers everywhere the best personal computing experience, through its own hardware, software and online services.</translation>
    </message>
    <message>
        <source>Amazon wants to be the most customer-centred company in the world: a place where people can find and discover whatever they may want to buy online, at the lowest prices it can offer.</source>
        <translation>Amazon wants to be the most customer-centred company in the world: a place where people can find and discover whatever they may want to buy online, at the lowest prices it can offer.</translation>
    </message>
    <message>
        <source>Universal Health Services aims for care of such quality that patients recommend it to their families, doctors prefer it for their patients, buyers choose it for their clients, staff are proud of it and investors trust it for the long term.</source>
        <translation>Universal Health Services aims for care of such quality that patients recommend it to their families, doctors prefer it for their patients, buyers choose it for their clients, staff are proud of it and investors trust it for the long term.</translation>
    </message>
    <message>
        <source>Example vision statements</source>
        <translation>Example vision statements</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Examples</translation>
    </message>
    <message>
        <source>The example's text</source>
        <translation>The example's text</translation>
    </message>
    <message>
        <source>Retold in our words from what each company has published; not quotations.</source>
        <translation>Retold in our words from what each company has published; not quotations.</translation>
    </message>
    <message>
        <source>&amp;Start a draft from it</source>
        <translation>&amp;Start a draft from it</translation>
    </message>
</context>
<context>
    <name>ExcludedTableModel</name>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Forms</translation>
    </message>
    <message>
        <source>your stopword</source>
        <translation>your stopword</translation>
    </message>
    <message>
        <source>word of the question</source>
        <translation>word of the question</translation>
    </message>
    <message>
        <source>excluded by you</source>
        <translation>excluded by you</translation>
    </message>
    <message>
        <source>auxiliary or light verb</source>
        <translation>auxiliary or light verb</translation>
    </message>
</context>
<context>
    <name>ExcludedWords</name>
    <message>
        <source>Words left out of the analysis</source>
        <translation>Words left out of the analysis</translation>
    </message>
    <message>
        <source>These words occur in the answers but are not counted. Restore one to count it again, or name a word that should never, or always, count.</source>
        <translation>These words occur in the answers but are not counted. Restore one to count it again, or name a word that should never, or always, count.</translation>
    </message>
    <message>
        <source>Count &amp;auxiliaries and light verbs</source>
        <translation>Count &amp;auxiliaries and light verbs</translation>
    </message>
    <message>
        <source>Verbs such as olmak, etmek, vermek or be, have, make mostly carry grammar (yardım etmek, destek vermek): the word beside them says what the answer is about.</source>
        <translation>Verbs such as olmak, etmek, vermek or be, have, make mostly carry grammar (yardım etmek, destek vermek): the word beside them says what the answer is about.</translation>
    </message>
    <message>
        <source>Count auxiliaries and light verbs</source>
        <translation>Count auxiliaries and light verbs</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restore</translation>
    </message>
    <message>
        <source>Count the selected excluded words again</source>
        <translation>Count the selected excluded words again</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>&amp;Word:</translation>
    </message>
    <message>
        <source>A word to never or always count</source>
        <translation>A word to never or always count</translation>
    </message>
    <message>
        <source>for example: bence</source>
        <translation>for example: bence</translation>
    </message>
    <message>
        <source>Never count</source>
        <translation>Never count</translation>
    </message>
    <message>
        <source>Never count this word</source>
        <translation>Never count this word</translation>
    </message>
    <message>
        <source>Always count</source>
        <translation>Always count</translation>
    </message>
    <message>
        <source>Always count this word, even if it is a stopword</source>
        <translation>Always count this word, even if it is a stopword</translation>
    </message>
</context>
<context>
    <name>FacilitatorGuideDialog</name>
    <message>
        <source>Facilitator's guide</source>
        <translation>Facilitator's guide</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Contents of the guide</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Guide page</translation>
    </message>
    <message>
        <source>Planning the workshop</source>
        <translation>Planning the workshop</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Activities</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Total, without breaks</source>
        <translation>Total, without breaks</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>FeedbackFiles</name>
    <message>
        <source>Import customer feedback</source>
        <translation>Import customer feedback</translation>
    </message>
    <message>
        <source>Feedback exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Feedback exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Nothing new in %1: every row is in the workshop already.</source>
        <translation>Nothing new in %1: every row is in the workshop already.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported from %1</source>
        <translation>
            <numerusform>%Ln row imported from %1</numerusform><numerusform>%Ln rows imported from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were there from an earlier import</source>
        <translation>
            <numerusform>%Ln row were there from an earlier import</numerusform><numerusform>%Ln rows were there from an earlier import</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln personal detail(s) replaced</source>
        <translation>
            <numerusform>%Ln personal detail replaced</numerusform><numerusform>%Ln personal details replaced</numerusform></translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>left out: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackFilters</name>
    <message>
        <source>All channels</source>
        <translation>All channels</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>All months</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;hannel:</translation>
    </message>
    <message>
        <source>Show the comments of one channel</source>
        <translation>Show the comments of one channel</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Month:</translation>
    </message>
    <message>
        <source>Show the comments of one month</source>
        <translation>Show the comments of one month</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance for this step</source>
        <translation>Guidance for this step</translation>
    </message>
</context>
<context>
    <name>GuidelinesPage</name>
    <message>
        <source>What does this value mean for our team?</source>
        <translation>What does this value mean for our team?</translation>
    </message>
    <message>
        <source>Say it in everyday words a new colleague would use on day one.</source>
        <translation>Say it in everyday words a new colleague would use on day one.</translation>
    </message>
    <message>
        <source>What happens when we apply it?</source>
        <translation>What happens when we apply it?</translation>
    </message>
    <message>
        <source>Describe a real conversation that goes differently because of it.</source>
        <translation>Describe a real conversation that goes differently because of it.</translation>
    </message>
    <message>
        <source>How could it be misinterpreted?</source>
        <translation>How could it be misinterpreted?</translation>
    </message>
    <message>
        <source>Name the wrong ways of following it, so nobody has to guess.</source>
        <translation>Name the wrong ways of following it, so nobody has to guess.</translation>
    </message>
    <message>
        <source>How do we measure staff adherence?</source>
        <translation>How do we measure staff adherence?</translation>
    </message>
    <message>
        <source>Pick a few transparent measures below; speed must not outrank the principle.</source>
        <translation>Pick a few transparent measures below; speed must not outrank the principle.</translation>
    </message>
    <message>
        <source>How will it affect our customers' experience and our relationship with them?</source>
        <translation>How will it affect our customers' experience and our relationship with them?</translation>
    </message>
    <message>
        <source>Think of trust, repeat visits and what customers tell their friends.</source>
        <translation>Think of trust, repeat visits and what customers tell their friends.</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Customer satisfaction (CSAT)</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Promoter Score (NPS)</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>First-contact resolution</translation>
    </message>
    <message>
        <source>Customer effort score (CES)</source>
        <translation>Customer effort score (CES)</translation>
    </message>
    <message>
        <source>Quality review score</source>
        <translation>Quality review score</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>First response time</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Average handle time</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Time to resolution</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <comment>a chosen value's guideline questions</comment>
        <translation>%1 of %2 questions answered</translation>
    </message>
    <message>
        <source>No longer among the chosen values</source>
        <translation>No longer among the chosen values</translation>
    </message>
    <message>
        <source>Delete the answers of %1</source>
        <translation>Delete the answers of %1</translation>
    </message>
    <message>
        <source>Chosen values</source>
        <translation>Chosen values</translation>
    </message>
    <message>
        <source>Choose up to five values in the Values step first; their questions appear here.</source>
        <translation>Choose up to five values in the Values step first; their questions appear here.</translation>
    </message>
    <message>
        <source>This value is no longer among the chosen ones. Its answers are kept until you delete them.</source>
        <translation>This value is no longer among the chosen ones. Its answers are kept until you delete them.</translation>
    </message>
    <message>
        <source>&amp;Delete these answers</source>
        <translation>&amp;Delete these answers</translation>
    </message>
</context>
<context>
    <name>ImportAnswersDialog</name>
    <message>
        <source>Text from the clipboard</source>
        <translation>Text from the clipboard</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>the clipboard</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported.</source>
        <translation>Reading was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>Answer (one per line)</source>
        <translation>Answer (one per line)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) will be imported.</source>
        <translation>
            <numerusform>%Ln answer will be imported.</numerusform><numerusform>%Ln answers will be imported.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty answer(s) will be skipped.</source>
        <translation>
            <numerusform>%Ln empty answer will be skipped.</numerusform><numerusform>%Ln empty answers will be skipped.</numerusform></translation>
    </message>
    <message>
        <source>Checking which rows are new…</source>
        <translation>Checking which rows are new…</translation>
    </message>
    <message>
        <source>This column looks like names, e-mail addresses, phone or ID numbers, so its cells are not shown. Import it only if it really holds the answers.</source>
        <translation>This column looks like names, e-mail addresses, phone or ID numbers, so its cells are not shown. Import it only if it really holds the answers.</translation>
    </message>
    <message numerus="yes">
        <source>Every row of this file (%Ln row(s)) is in the workshop already, imported before: there is nothing new to import.</source>
        <translation>
            <numerusform>Every row of this file (%Ln row) is in the workshop already, imported before: there is nothing new to import.</numerusform><numerusform>Every row of this file (%Ln rows) is in the workshop already, imported before: there is nothing new to import.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Already in the workshop: %Ln row(s), from an earlier import of this form; only the rows after them are new.</source>
        <translation>
            <numerusform>Already in the workshop: %Ln row, from an earlier import of this form; only the rows after them are new.</numerusform><numerusform>Already in the workshop: %Ln rows, from an earlier import of this form; only the rows after them are new.</numerusform></translation>
    </message>
    <message>
        <source>%1 of the %2 answers are in the workshop already, but this file does not start with an earlier import (responses edited or deleted, or the rows sorted differently). Import all rows only if these are not the same people; otherwise cancel.</source>
        <translation>%1 of the %2 answers are in the workshop already, but this file does not start with an earlier import (responses edited or deleted, or the rows sorted differently). Import all rows only if these are not the same people; otherwise cancel.</translation>
    </message>
    <message>
        <source>Import &amp;all rows</source>
        <translation>Import &amp;all rows</translation>
    </message>
    <message>
        <source>The preview shows the first %1 of %2 rows.</source>
        <translation>The preview shows the first %1 of %2 rows.</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Import answers</translation>
    </message>
    <message>
        <source>Answers &amp;column:</source>
        <translation>Answers &amp;column:</translation>
    </message>
    <message>
        <source>Column that holds the answers</source>
        <translation>Column that holds the answers</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Reading the file</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Stop reading</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>ImportFeedbackDialog</name>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>The import was cancelled. Nothing was imported.</translation>
    </message>
    <message>
        <source>Comment (one per line)</source>
        <translation>Comment (one per line)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>E-mail addresses, phone, ID, IBAN and card numbers in the comments are replaced before anything is stored, as the preview shows.</source>
        <translation>E-mail addresses, phone, ID, IBAN and card numbers in the comments are replaced before anything is stored, as the preview shows.</translation>
    </message>
    <message>
        <source>Import customer feedback</source>
        <translation>Import customer feedback</translation>
    </message>
    <message>
        <source>&amp;Comments column:</source>
        <translation>&amp;Comments column:</translation>
    </message>
    <message>
        <source>Column that holds the customers' comments</source>
        <translation>Column that holds the customers' comments</translation>
    </message>
    <message>
        <source>&amp;Score column:</source>
        <translation>&amp;Score column:</translation>
    </message>
    <message>
        <source>Column with the NPS (0-10) or CSAT (1-5) score, if any</source>
        <translation>Column with the NPS (0-10) or CSAT (1-5) score, if any</translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation>&amp;Date column:</translation>
    </message>
    <message>
        <source>Column with the day of the comment, if any</source>
        <translation>Column with the day of the comment, if any</translation>
    </message>
    <message>
        <source>C&amp;hannel column:</source>
        <translation>C&amp;hannel column:</translation>
    </message>
    <message>
        <source>Column with the channel (phone, e-mail, store), if any</source>
        <translation>Column with the channel (phone, e-mail, store), if any</translation>
    </message>
    <message>
        <source>Read from the scores</source>
        <translation>Read from the scores</translation>
    </message>
    <message>
        <source>NPS (0-10)</source>
        <translation>NPS (0-10)</translation>
    </message>
    <message>
        <source>CSAT (1-5)</source>
        <translation>CSAT (1-5)</translation>
    </message>
    <message>
        <source>Score sc&amp;ale:</source>
        <translation>Score sc&amp;ale:</translation>
    </message>
    <message>
        <source>The scale of the scores</source>
        <translation>The scale of the scores</translation>
    </message>
    <message>
        <source>Choose the comments column…</source>
        <translation>Choose the comments column…</translation>
    </message>
    <message>
        <source>Importing the feedback</source>
        <translation>Importing the feedback</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stop</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
</context>
<context>
    <name>ImportFileDialog</name>
    <message>
        <source>File: %1</source>
        <translation>File: %1</translation>
    </message>
    <message>
        <source>looks like names or contact details</source>
        <translation>looks like names or contact details</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>left out</translation>
    </message>
    <message>
        <source>Left out because they identify people (never imported, their contents not shown): %1.</source>
        <translation>Left out because they identify people (never imported, their contents not shown): %1.</translation>
    </message>
    <message>
        <source>Not shown because their cells look like names or contact details: %1.</source>
        <translation>Not shown because their cells look like names or contact details: %1.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encoding:</translation>
    </message>
    <message>
        <source>Choose the encoding…</source>
        <translation>Choose the encoding…</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Text encoding of the file</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Preview of the first rows</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Answers longer than {limit} characters: {count}. Each is imported as its first {limit} characters.</source>
        <translation>Answers longer than {limit} characters: {count}. Each is imported as its first {limit} characters.</translation>
    </message>
    <message>
        <source>Cells holding a formula that was never calculated (the file keeps no result for it): {count}. They count as empty answers; to import their results, open the file in Excel or LibreOffice, save it and import it again.</source>
        <translation>Cells holding a formula that was never calculated (the file keeps no result for it): {count}. They count as empty answers; to import their results, open the file in Excel or LibreOffice, save it and import it again.</translation>
    </message>
</context>
<context>
    <name>InspirationPanel</name>
    <message>
        <source>Inspiration</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>Example values from well-known service principles</source>
        <translation>Example values from well-known service principles</translation>
    </message>
    <message>
        <source>Double-click or press Enter to copy an example onto the board</source>
        <translation>Double-click or press Enter to copy an example onto the board</translation>
    </message>
    <message>
        <source>Copy to the &amp;board</source>
        <translation>Copy to the &amp;board</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>Scan with your phone's camera to vote</source>
        <translation>Scan with your phone's camera to vote</translation>
    </message>
    <message>
        <source>Scan with your phone's camera to answer the pulse</source>
        <translation>Scan with your phone's camera to answer the pulse</translation>
    </message>
    <message>
        <source>QR code of the pulse link</source>
        <translation>QR code of the pulse link</translation>
    </message>
    <message>
        <source>Scan with your phone's camera to add a value</source>
        <translation>Scan with your phone's camera to add a value</translation>
    </message>
    <message>
        <source>QR code of the link for value cards</source>
        <translation>QR code of the link for value cards</translation>
    </message>
    <message>
        <source>Scan with your phone's camera to answer</source>
        <translation>Scan with your phone's camera to answer</translation>
    </message>
    <message>
        <source>or open %1 and type the code:</source>
        <translation>or open %1 and type the code:</translation>
    </message>
    <message>
        <source>QR code of the survey link</source>
        <translation>QR code of the survey link</translation>
    </message>
    <message>
        <source>QR code of the voting link</source>
        <translation>QR code of the voting link</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Join code</translation>
    </message>
</context>
<context>
    <name>KeywordInContext</name>
    <message>
        <source>Answers containing the selected word</source>
        <translation>Answers containing the selected word</translation>
    </message>
    <message>
        <source>Select a word or a phrase to read the answers that use it.</source>
        <translation>Select a word or a phrase to read the answers that use it.</translation>
    </message>
    <message>
        <source>Looking for “%1” in the answers…</source>
        <translation>Looking for “%1” in the answers…</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used in %Ln answer(s):</source>
        <translation>
            <numerusform>“%1” is used in %Ln answer:</numerusform><numerusform>“%1” is used in %Ln answers:</numerusform></translation>
    </message>
    <message>
        <source>Forms: %1</source>
        <translation>Forms: %1</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Please write your answer first.</source>
        <translation>Please write your answer first.</translation>
    </message>
    <message>
        <source>Your answer could not be stored; it is still in the box. Please call the facilitator.</source>
        <translation>Your answer could not be stored; it is still in the box. Please call the facilitator.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Your answer</translation>
    </message>
    <message>
        <source>Write your answer here…</source>
        <translation>Write your answer here…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Submit</translation>
    </message>
    <message>
        <source>Submit your answer</source>
        <translation>Submit your answer</translation>
    </message>
    <message>
        <source>Your answer is anonymous: no name, time or device is stored with it, and nobody sees it on this screen after you. Ctrl+Enter also submits.</source>
        <translation>Your answer is anonymous: no name, time or device is stored with it, and nobody sees it on this screen after you. Ctrl+Enter also submits.</translation>
    </message>
    <message>
        <source>Thank you! Your answer is saved.

Press any key for the next person.</source>
        <translation>Thank you! Your answer is saved.

Press any key for the next person.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>LockedWindow</name>
    <message>
        <source>This kiosk has been used %1 times, more than the %2 people expected. The facilitator will check.</source>
        <translation>This kiosk has been used %1 times, more than the %2 people expected. The facilitator will check.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Leave the kiosk (facilitator PIN needed)</source>
        <translation>Leave the kiosk (facilitator PIN needed)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Team database password</source>
        <translation>Team database password</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Password for %1:</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Open workshop</translation>
    </message>
    <message>
        <source>Philosophy Studio workshops</source>
        <translation>Philosophy Studio workshops</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Undo: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Redo: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Some changes are not saved yet</source>
        <translation>Some changes are not saved yet</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>All changes saved</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>No recent workshops</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Open &amp;recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Your preferences could not be saved: %1</source>
        <translation>Your preferences could not be saved: %1</translation>
    </message>
</context>
<context>
    <name>MakeValueButton</name>
    <message>
        <source>Make this a &amp;value</source>
        <translation>Make this a &amp;value</translation>
    </message>
    <message>
        <source>Turn the selected word or phrase into a value card, or add it as evidence to a card</source>
        <translation>Turn the selected word or phrase into a value card, or add it as evidence to a card</translation>
    </message>
    <message>
        <source>Make this a value</source>
        <translation>Make this a value</translation>
    </message>
    <message>
        <source>New value card “%1”</source>
        <translation>New value card “%1”</translation>
    </message>
    <message>
        <source>Add as evidence to</source>
        <translation>Add as evidence to</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Dismiss</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>MetricsBox</name>
    <message>
        <source>%1 measures speed. Keep it, but do not let it outrank the value itself: a fast answer that breaks the principle is not good service. Pair it with a quality measure and review both together.</source>
        <translation>%1 measures speed. Keep it, but do not let it outrank the value itself: a fast answer that breaks the principle is not good service. Pair it with a quality measure and review both together.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>How it is measured</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>How often</translation>
    </message>
    <message>
        <source>Metrics for question 4</source>
        <translation>Metrics for question 4</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metrics</translation>
    </message>
    <message>
        <source>&amp;Add a metric</source>
        <translation>&amp;Add a metric</translation>
    </message>
    <message>
        <source>&amp;Remove metric</source>
        <translation>&amp;Remove metric</translation>
    </message>
    <message>
        <source> (speed)</source>
        <translation> (speed)</translation>
    </message>
    <message>
        <source>A metric of our own</source>
        <translation>A metric of our own</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <source>first answer: %1</source>
        <translation>first answer: %1</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <source>Selected persona</source>
        <translation>Selected persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>In one line:</source>
        <translation>In one line:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>&amp;Segment:</translation>
    </message>
    <message>
        <source>Customer &amp;type:</source>
        <translation>Customer &amp;type:</translation>
    </message>
    <message>
        <source>Age, generation, context:</source>
        <translation>Age, generation, context:</translation>
    </message>
    <message>
        <source>Expects support:</source>
        <translation>Expects support:</translation>
    </message>
    <message>
        <source>Which hours:</source>
        <translation>Which hours:</translation>
    </message>
    <message>
        <source>First answer expected within:</source>
        <translation>First answer expected within:</translation>
    </message>
    <message>
        <source>Tone:</source>
        <translation>Tone:</translation>
    </message>
    <message>
        <source>&amp;Channels, most preferred first:</source>
        <translation>&amp;Channels, most preferred first:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>Needs:</translation>
    </message>
    <message>
        <source>Pains:</source>
        <translation>Pains:</translation>
    </message>
    <message>
        <source>Opportunities for us:</source>
        <translation>Opportunities for us:</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>One per line</translation>
    </message>
    <message>
        <source>One per line, e.g. 24/7 phone line, fast shipping, trained experts, support on every channel</source>
        <translation>One per line, e.g. 24/7 phone line, fast shipping, trained experts, support on every channel</translation>
    </message>
    <message>
        <source>e.g. one hour</source>
        <translation>e.g. one hour</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Formal</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Informal</translation>
    </message>
    <message>
        <source>Prefer more</source>
        <translation>Prefer more</translation>
    </message>
    <message>
        <source>Prefer less</source>
        <translation>Prefer less</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Not chosen yet</translation>
    </message>
</context>
<context>
    <name>PersonasPage</name>
    <message>
        <source>Consumers (B2C)</source>
        <translation>Consumers (B2C)</translation>
    </message>
    <message>
        <source>Businesses (B2B)</source>
        <translation>Businesses (B2B)</translation>
    </message>
    <message>
        <source>Shops and online retail</source>
        <translation>Shops and online retail</translation>
    </message>
    <message>
        <source>Utilities and public services</source>
        <translation>Utilities and public services</translation>
    </message>
    <message>
        <source>Business customers</source>
        <translation>Business customers</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Healthcare</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Education</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Public sector</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Around the clock (24/7)</source>
        <translation>Around the clock (24/7)</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Business hours</translation>
    </message>
    <message>
        <source>Other hours</source>
        <translation>Other hours</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Live chat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Video call</translation>
    </message>
    <message>
        <source>Self-service (FAQ, knowledge base)</source>
        <translation>Self-service (FAQ, knowledge base)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>In person</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>New persona</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copy)</translation>
    </message>
    <message>
        <source>While you were editing the customer types, another facilitator saved a different list. Keep one of the two.</source>
        <translation>While you were editing the customer types, another facilitator saved a different list. Keep one of the two.</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Add from a &amp;template</source>
        <translation>Add from a &amp;template</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Move the persona up</source>
        <translation>Move the persona up</translation>
    </message>
    <message>
        <source>Move the persona down</source>
        <translation>Move the persona down</translation>
    </message>
    <message>
        <source>Add a persona for each kind of customer you serve today or want to serve.</source>
        <translation>Add a persona for each kind of customer you serve today or want to serve.</translation>
    </message>
    <message>
        <source>Our approach</source>
        <translation>Our approach</translation>
    </message>
    <message>
        <source>Problem-focused teams treat every case on its own; customer-centred teams see the person behind the case, so staff keep the customer's history and notes at hand.</source>
        <translation>Problem-focused teams treat every case on its own; customer-centred teams see the person behind the case, so staff keep the customer's history and notes at hand.</translation>
    </message>
    <message>
        <source>Problem-focused: solve each case well</source>
        <translation>Problem-focused: solve each case well</translation>
    </message>
    <message>
        <source>Customer-centred: know the person behind every case</source>
        <translation>Customer-centred: know the person behind every case</translation>
    </message>
    <message>
        <source>What this means for how we keep history and notes</source>
        <translation>What this means for how we keep history and notes</translation>
    </message>
    <message>
        <source>Notes on our approach</source>
        <translation>Notes on our approach</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message numerus="yes">
        <source>%Ln answer(s) so far</source>
        <translation>
            <numerusform>%Ln answer so far</numerusform><numerusform>%Ln answers so far</numerusform></translation>
    </message>
    <message>
        <source>Phones on the same network can add value cards now. Nothing about who sent one is kept: no name, address or time.</source>
        <translation>Phones on the same network can add value cards now. Nothing about who sent one is kept: no name, address or time.</translation>
    </message>
    <message>
        <source>Phones on the same network can answer now. Nothing about them is recorded: no name, address or time.</source>
        <translation>Phones on the same network can answer now. Nothing about them is recorded: no name, address or time.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starting…</translation>
    </message>
    <message>
        <source>Answers from phones</source>
        <translation>Answers from phones</translation>
    </message>
    <message>
        <source>&amp;Present full screen</source>
        <translation>&amp;Present full screen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln voter(s) so far</source>
        <translation>
            <numerusform>%Ln voter so far</numerusform><numerusform>%Ln voters so far</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) from phones so far</source>
        <translation>
            <numerusform>%Ln card from phones so far</numerusform><numerusform>%Ln cards from phones so far</numerusform></translation>
    </message>
    <message>
        <source>Phones on the same network can place their dots now. Only the totals are kept: no name, address or time, and not who chose what.</source>
        <translation>Phones on the same network can place their dots now. Only the totals are kept: no name, address or time, and not who chose what.</translation>
    </message>
    <message>
        <source>Phones on the same network can answer the pulse now. Nothing about them is recorded: no name, address or time.</source>
        <translation>Phones on the same network can answer the pulse now. Nothing about them is recorded: no name, address or time.</translation>
    </message>
    <message>
        <source>Present the QR code and the count full screen</source>
        <translation>Present the QR code and the count full screen</translation>
    </message>
    <message>
        <source>Staff pulse from phones</source>
        <translation>Staff pulse from phones</translation>
    </message>
    <message>
        <source>Stop taking the pulse from phones</source>
        <translation>Stop taking the pulse from phones</translation>
    </message>
    <message>
        <source>Value cards from phones</source>
        <translation>Value cards from phones</translation>
    </message>
    <message>
        <source>Stop taking cards from phones</source>
        <translation>Stop taking cards from phones</translation>
    </message>
    <message>
        <source>Votes from phones</source>
        <translation>Votes from phones</translation>
    </message>
    <message>
        <source>&amp;Close the round</source>
        <translation>&amp;Close the round</translation>
    </message>
    <message>
        <source>Close the voting round and stop taking dots from phones</source>
        <translation>Close the voting round and stop taking dots from phones</translation>
    </message>
    <message>
        <source>Stop serving phones; the round stays open</source>
        <translation>Stop serving phones; the round stays open</translation>
    </message>
    <message>
        <source>&amp;Close the survey</source>
        <translation>&amp;Close the survey</translation>
    </message>
    <message>
        <source>Close the survey and stop taking answers from phones</source>
        <translation>Close the survey and stop taking answers from phones</translation>
    </message>
    <message>
        <source>&amp;Stop serving phones</source>
        <translation>&amp;Stop serving phones</translation>
    </message>
    <message>
        <source>Stop serving phones; the survey stays open</source>
        <translation>Stop serving phones; the survey stays open</translation>
    </message>
</context>
<context>
    <name>PhoneSurveyController</name>
    <message>
        <source>Phones cannot connect: this computer's network address could not be used (%1).</source>
        <translation>Phones cannot connect: this computer's network address could not be used (%1).</translation>
    </message>
</context>
<context>
    <name>PhoneVotingController</name>
    <message>
        <source>Open a voting round first; phones vote in the open round.</source>
        <translation>Open a voting round first; phones vote in the open round.</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>When the team meets again</source>
        <translation>When the team meets again</translation>
    </message>
    <message>
        <source>Plan short meetings after the workshop to see whether the team lives its values. Double-click a date to change it.</source>
        <translation>Plan short meetings after the workshop to see whether the team lives its values. Double-click a date to change it.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Planned check-ins</source>
        <translation>Planned check-ins</translation>
    </message>
    <message>
        <source>&amp;Add a check-in</source>
        <translation>&amp;Add a check-in</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Export to calendar…</translation>
    </message>
    <message>
        <source>Check-in &amp;report…</source>
        <translation>Check-in &amp;report…</translation>
    </message>
    <message>
        <source>A one- or two-page PDF for the selected check-in (or the latest one due): each value's metrics against their targets and since the meeting before, and what the leaders promised</source>
        <translation>A one- or two-page PDF for the selected check-in (or the latest one due): each value's metrics against their targets and since the meeting before, and what the leaders promised</translation>
    </message>
    <message>
        <source>Save the check-ins as a calendar file (.ics) that Outlook, Google Calendar and others import</source>
        <translation>Save the check-ins as a calendar file (.ics) that Outlook, Google Calendar and others import</translation>
    </message>
    <message>
        <source>Suggested: a month, a quarter and half a year from today (the workshop has no date). Change, add or remove a check-in to make the plan your own.</source>
        <translation>Suggested: a month, a quarter and half a year from today (the workshop has no date). Change, add or remove a check-in to make the plan your own.</translation>
    </message>
    <message>
        <source>Suggested: a month, a quarter and half a year after the workshop. Change, add or remove a check-in to make the plan your own.</source>
        <translation>Suggested: a month, a quarter and half a year after the workshop. Change, add or remove a check-in to make the plan your own.</translation>
    </message>
    <message>
        <source>Check-in %1</source>
        <translation>Check-in %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) after the workshop</source>
        <translation>
            <numerusform>%Ln day after the workshop</numerusform><numerusform>%Ln days after the workshop</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) before the workshop</source>
        <translation>
            <numerusform>%Ln day before the workshop</numerusform><numerusform>%Ln days before the workshop</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>in %Ln day</numerusform><numerusform>in %Ln days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform><numerusform>%Ln days ago</numerusform></translation>
    </message>
    <message>
        <source>While you were changing the plan, another facilitator saved a different one. Keep one of the two; the leaders' reviews stay with their check-in's day either way.</source>
        <translation>While you were changing the plan, another facilitator saved a different one. Keep one of the two; the leaders' reviews stay with their check-in's day either way.</translation>
    </message>
    <message>
        <source>(the suggested plan)</source>
        <translation>(the suggested plan)</translation>
    </message>
    <message>
        <source>Check-in %1: %2</source>
        <translation>Check-in %1: %2</translation>
    </message>
    <message>
        <source>%1 check-in %2</source>
        <translation>%1 check-in %2</translation>
    </message>
    <message>
        <source>Save the check-in report</source>
        <translation>Save the check-in report</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report of check-in %1…</source>
        <translation>Writing the report of check-in %1…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>today</translation>
    </message>
    <message>
        <source>There is already a check-in on that day; the date was not changed.</source>
        <translation>There is already a check-in on that day; the date was not changed.</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 check-ins</translation>
    </message>
    <message>
        <source>Export the check-ins</source>
        <translation>Export the check-ins</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporting to %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>The export failed: %1</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message numerus="yes">
        <source>%Ln card(s) from phones so far</source>
        <translation>
            <numerusform>%Ln card from phones so far</numerusform><numerusform>%Ln cards from phones so far</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln voter(s) so far</source>
        <translation>
            <numerusform>%Ln voter so far</numerusform><numerusform>%Ln voters so far</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) so far</source>
        <translation>
            <numerusform>%Ln answer so far</numerusform><numerusform>%Ln answers so far</numerusform></translation>
    </message>
    <message>
        <source>Hide the &amp;results</source>
        <translation>Hide the &amp;results</translation>
    </message>
    <message>
        <source>Show the &amp;results</source>
        <translation>Show the &amp;results</translation>
    </message>
    <message>
        <source>Dots per value</source>
        <translation>Dots per value</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Time is up</translation>
    </message>
    <message>
        <source>Time left: %1 min %2 s</source>
        <translation>Time left: %1 min %2 s</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Pause the timer</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Start the timer</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Presentation</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>What this step builds on</source>
        <translation>What this step builds on</translation>
    </message>
    <message>
        <source>T&amp;ime (minutes):</source>
        <translation>T&amp;ime (minutes):</translation>
    </message>
    <message>
        <source>Timer length in minutes</source>
        <translation>Timer length in minutes</translation>
    </message>
    <message>
        <source>+1 &amp;minute</source>
        <translation>+1 &amp;minute</translation>
    </message>
    <message>
        <source>Add one minute to the timer</source>
        <translation>Add one minute to the timer</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Reset the timer</translation>
    </message>
    <message>
        <source>Show or hide the value cards on the board</source>
        <translation>Show or hide the value cards on the board</translation>
    </message>
    <message>
        <source>Show or hide the dots per value</source>
        <translation>Show or hide the dots per value</translation>
    </message>
    <message>
        <source>Show or hide the word cloud and the top words</source>
        <translation>Show or hide the word cloud and the top words</translation>
    </message>
    <message>
        <source>&amp;Leave (Esc)</source>
        <translation>&amp;Leave (Esc)</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>Leave the presentation</translation>
    </message>
</context>
<context>
    <name>PulseBox</name>
    <message>
        <source>Staff answer anonymously, at the kiosk or on their phones: for each value, how well the team lived it in the last month and how well the leaders model it, with an example they saw.</source>
        <translation>Staff answer anonymously, at the kiosk or on their phones: for each value, how well the team lived it in the last month and how well the leaders model it, with an example they saw.</translation>
    </message>
    <message>
        <source>Pulse &amp;kiosk…</source>
        <translation>Pulse &amp;kiosk…</translation>
    </message>
    <message>
        <source>A locked full-screen form where staff answer the pulse one after another</source>
        <translation>A locked full-screen form where staff answer the pulse one after another</translation>
    </message>
    <message>
        <source>Pulse on &amp;phones…</source>
        <translation>Pulse on &amp;phones…</translation>
    </message>
    <message>
        <source>Staff scan a QR code and answer the pulse on their own phones, on the local network</source>
        <translation>Staff scan a QR code and answer the pulse on their own phones, on the local network</translation>
    </message>
    <message>
        <source>Staff pulse</source>
        <translation>Staff pulse</translation>
    </message>
    <message>
        <source>Staff pulse at check-in %1 (%2)</source>
        <translation>Staff pulse at check-in %1 (%2)</translation>
    </message>
    <message>
        <source>No values chosen yet: the pulse asks about the values the team chose.</source>
        <translation>No values chosen yet: the pulse asks about the values the team chose.</translation>
    </message>
    <message>
        <source>%1 answered so far. The results appear once %2 have answered, so that no one's answers can be told apart: %3 more needed.</source>
        <translation>%1 answered so far. The results appear once %2 have answered, so that no one's answers can be told apart: %3 more needed.</translation>
    </message>
    <message>
        <source>%1 answered this check-in's pulse.</source>
        <translation>%1 answered this check-in's pulse.</translation>
    </message>
    <message>
        <source>Fewer than %1 answered about this value: its results stay hidden.</source>
        <translation>Fewer than %1 answered about this value: its results stay hidden.</translation>
    </message>
    <message>
        <source>Lived it</source>
        <translation>Lived it</translation>
    </message>
    <message>
        <source>Leaders model it</source>
        <translation>Leaders model it</translation>
    </message>
    <message>
        <source>%1 for %2: 1 to 5 chosen %3 times</source>
        <translation>%1 for %2: 1 to 5 chosen %3 times</translation>
    </message>
    <message>
        <source>Words more than one person used: %1</source>
        <translation>Words more than one person used: %1</translation>
    </message>
    <message>
        <source>No one chose a number.</source>
        <translation>No one chose a number.</translation>
    </message>
    <message>
        <source>mean %1 · %2% chose 4 or 5</source>
        <translation>mean %1 · %2% chose 4 or 5</translation>
    </message>
    <message>
        <source>%1 since the check-in before</source>
        <translation>%1 since the check-in before</translation>
    </message>
</context>
<context>
    <name>PulseKioskWindow</name>
    <message>
        <source>Choose a number for at least one value first.</source>
        <translation>Choose a number for at least one value first.</translation>
    </message>
    <message>
        <source>Your answers could not be stored; they are still on the form. Please call the facilitator.</source>
        <translation>Your answers could not be stored; they are still on the form. Please call the facilitator.</translation>
    </message>
    <message>
        <source>Staff pulse</source>
        <translation>Staff pulse</translation>
    </message>
    <message>
        <source>Check-in %1: how are we doing with our values?</source>
        <translation>Check-in %1: how are we doing with our values?</translation>
    </message>
    <message>
        <source>How well did we live this value in the last month?</source>
        <translation>How well did we live this value in the last month?</translation>
    </message>
    <message>
        <source>How well do our leaders model it?</source>
        <translation>How well do our leaders model it?</translation>
    </message>
    <message>
        <source>(1 = not at all, 5 = fully)</source>
        <translation>(1 = not at all, 5 = fully)</translation>
    </message>
    <message>
        <source>An example you saw (optional)</source>
        <translation>An example you saw (optional)</translation>
    </message>
    <message>
        <source>&amp;Send my answers</source>
        <translation>&amp;Send my answers</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Send my answers</translation>
    </message>
    <message>
        <source>Anonymous: no name, time or device is stored with your answers, and the results are shown only when enough people have answered. Skip what you cannot judge.</source>
        <translation>Anonymous: no name, time or device is stored with your answers, and the results are shown only when enough people have answered. Skip what you cannot judge.</translation>
    </message>
    <message>
        <source>Thank you! Your answers are saved.

Press any key for the next person.</source>
        <translation>Thank you! Your answers are saved.

Press any key for the next person.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Example: </source>
        <translation>Example: </translation>
    </message>
    <message>
        <source>Example, written for a value such as %1: </source>
        <translation>Example, written for a value such as %1: </translation>
    </message>
    <message>
        <source>Show an example answer</source>
        <translation>Show an example answer</translation>
    </message>
</context>
<context>
    <name>QuestionWordsSwitch</name>
    <message>
        <source>Count the &amp;question's own words</source>
        <translation>Count the &amp;question's own words</translation>
    </message>
    <message>
        <source>Words of the survey question (such as customer or service) appear in most answers because the question put them there. They are left out unless you tick this.</source>
        <translation>Words of the survey question (such as customer or service) appear in most answers because the question put them there. They are left out unless you tick this.</translation>
    </message>
    <message>
        <source>Count the question's own words</source>
        <translation>Count the question's own words</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Replace the file?</source>
        <translation>Replace the file?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the export?</source>
        <translation>%1 already exists. Replace it with the export?</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Changes not saved</translation>
    </message>
    <message>
        <source>Some of your changes could not be saved, and closing now loses them. Free some space or reconnect, then press Retry in the message at the top. Close anyway?</source>
        <translation>Some of your changes could not be saved, and closing now loses them. Free some space or reconnect, then press Retry in the message at the top. Close anyway?</translation>
    </message>
</context>
<context>
    <name>ReadingsBox</name>
    <message>
        <source>Metrics against their targets</source>
        <translation>Metrics against their targets</translation>
    </message>
    <message>
        <source>The metrics the Guidelines step chose for each value. Enter a reading at each check-in, or import them from your reporting tool's export, and see which way each one moves.</source>
        <translation>The metrics the Guidelines step chose for each value. Enter a reading at each check-in, or import them from your reporting tool's export, and see which way each one moves.</translation>
    </message>
    <message>
        <source>No metrics yet. Choose up to five values and give each a metric with a target in the Guidelines step; their readings are entered here.</source>
        <translation>No metrics yet. Choose up to five values and give each a metric with a target in the Guidelines step; their readings are entered here.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metric</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Latest</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Standing</translation>
    </message>
    <message>
        <source>Metrics and where they stand</source>
        <translation>Metrics and where they stand</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Reading</translation>
    </message>
    <message>
        <source>Readings of the chosen metric</source>
        <translation>Readings of the chosen metric</translation>
    </message>
    <message>
        <source>Trend of the chosen metric</source>
        <translation>Trend of the chosen metric</translation>
    </message>
    <message>
        <source>Remove reading</source>
        <translation>Remove reading</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Rea&amp;ding:</source>
        <translation>Rea&amp;ding:</translation>
    </message>
    <message>
        <source>e.g. 74 or 4.5</source>
        <translation>e.g. 74 or 4.5</translation>
    </message>
    <message>
        <source>Day of the reading</source>
        <translation>Day of the reading</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Add reading</translation>
    </message>
    <message>
        <source>&amp;Import readings…</source>
        <translation>&amp;Import readings…</translation>
    </message>
    <message>
        <source>A CSV, Excel or text file with a date column and a column per metric, or one row per reading (date, metric, value)</source>
        <translation>A CSV, Excel or text file with a date column and a column per metric, or one row per reading (date, metric, value)</translation>
    </message>
    <message>
        <source>This metric measures speed. Read it beside a measure of quality: a fast answer that breaks the value is not progress.</source>
        <translation>This metric measures speed. Read it beside a measure of quality: a fast answer that breaks the value is not progress.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Target: %1</translation>
    </message>
    <message>
        <source>No readings yet. Add the first one below, or import them.</source>
        <translation>No readings yet. Add the first one below, or import them.</translation>
    </message>
    <message>
        <source>%1 (waiting for Retry)</source>
        <translation>%1 (waiting for Retry)</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>No reading yet</translation>
    </message>
    <message>
        <source>No number in the target</source>
        <translation>No number in the target</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>On target</translation>
    </message>
    <message>
        <source>Not yet on target</source>
        <translation>Not yet on target</translation>
    </message>
    <message>
        <source>%1, improving</source>
        <translation>%1, improving</translation>
    </message>
    <message>
        <source>%1, slipping</source>
        <translation>%1, slipping</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type the reading as a number, e.g. 74 or 4.5.</source>
        <translation>“%1” is not a number. Type the reading as a number, e.g. 74 or 4.5.</translation>
    </message>
    <message>
        <source>The reading of %1 replaced the one stored for that day.</source>
        <translation>The reading of %1 replaced the one stored for that day.</translation>
    </message>
    <message>
        <source>Import metric readings</source>
        <translation>Import metric readings</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading(s) from %1</source>
        <translation>
            <numerusform>%Ln reading from %1</numerusform><numerusform>%Ln readings from %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric(s)</source>
        <translation>
            <numerusform>%Ln metric</numerusform><numerusform>%Ln metrics</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced a reading of the same day</source>
        <translation>
            <numerusform>%Ln replaced a reading of the same day</numerusform><numerusform>%Ln replaced a reading of the same day</numerusform></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nothing was imported: %1</translation>
    </message>
</context>
<context>
    <name>RemoveTypeDialog</name>
    <message>
        <source>Remove a customer type</source>
        <translation>Remove a customer type</translation>
    </message>
    <message numerus="yes">
        <source>“{type}” is the customer type of %Ln persona(s): {personas}. What should they have once it is removed?</source>
        <translation>
            <numerusform>“{type}” is the customer type of %Ln persona: {personas}. What should they have once it is removed?</numerusform><numerusform>“{type}” is the customer type of %Ln personas: {personas}. What should they have once it is removed?</numerusform></translation>
    </message>
    <message>
        <source>&amp;Another customer type:</source>
        <translation>&amp;Another customer type:</translation>
    </message>
    <message>
        <source>The customer type they get</source>
        <translation>The customer type they get</translation>
    </message>
    <message>
        <source>&amp;No customer type</source>
        <translation>&amp;No customer type</translation>
    </message>
    <message>
        <source>&amp;Remove the type</source>
        <translation>&amp;Remove the type</translation>
    </message>
</context>
<context>
    <name>SatisfactionBox</name>
    <message>
        <source>How satisfied customers are</source>
        <translation>How satisfied customers are</translation>
    </message>
    <message>
        <source>Satisfaction by channel and by month</source>
        <translation>Satisfaction by channel and by month</translation>
    </message>
    <message>
        <source>Channel or month</source>
        <translation>Channel or month</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Scored comments</source>
        <translation>Scored comments</translation>
    </message>
    <message>
        <source>The comments have no scores: there is no NPS or CSAT to show.</source>
        <translation>The comments have no scores: there is no NPS or CSAT to show.</translation>
    </message>
    <message>
        <source>No comment within the filter has a score.</source>
        <translation>No comment within the filter has a score.</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %Ln scored comment(s)</source>
        <translation>
            <numerusform>NPS %1 from %Ln scored comment</numerusform><numerusform>NPS %1 from %Ln scored comments</numerusform></translation>
    </message>
    <message>
        <source>%1 % promoters (9–10), %2 % detractors (0–6)</source>
        <translation>%1 % promoters (9–10), %2 % detractors (0–6)</translation>
    </message>
    <message numerus="yes">
        <source>CSAT %1 from %Ln scored comment(s)</source>
        <translation>
            <numerusform>CSAT %1 from %Ln scored comment</numerusform><numerusform>CSAT %1 from %Ln scored comments</numerusform></translation>
    </message>
    <message>
        <source>satisfied: 4 or 5 of 5; the mean score is %1</source>
        <translation>satisfied: 4 or 5 of 5; the mean score is %1</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <source>hidden</source>
        <translation>hidden</translation>
    </message>
    <message>
        <source>Chosen, %1 of %2: %3</source>
        <translation>Chosen, %1 of %2: %3</translation>
    </message>
    <message>
        <source>Initials: %1</source>
        <translation>Initials: %1</translation>
    </message>
    <message>
        <source>Candidates ranked by their dots, once you show the votes, then by the number of survey respondents whose answers use the value's words. Tick five or fewer; the order you tick them in is the order of the charter.</source>
        <translation>Candidates ranked by their dots, once you show the votes, then by the number of survey respondents whose answers use the value's words. Tick five or fewer; the order you tick them in is the order of the charter.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>Merged into it</translation>
    </message>
    <message>
        <source>Ea&amp;rlier</source>
        <translation>Ea&amp;rlier</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>La&amp;ter</translation>
    </message>
    <message>
        <source>Move the selected chosen value earlier in the charter</source>
        <translation>Move the selected chosen value earlier in the charter</translation>
    </message>
    <message>
        <source>Move the selected chosen value later in the charter</source>
        <translation>Move the selected chosen value later in the charter</translation>
    </message>
    <message>
        <source>Candidate values, ranked; tick up to five to choose them</source>
        <translation>Candidate values, ranked; tick up to five to choose them</translation>
    </message>
    <message>
        <source>Name of the &amp;set:</source>
        <translation>Name of the &amp;set:</translation>
    </message>
    <message>
        <source>A name people remember, like 5R</source>
        <translation>A name people remember, like 5R</translation>
    </message>
    <message>
        <source>Name of the value set</source>
        <translation>Name of the value set</translation>
    </message>
</context>
<context>
    <name>ServiceLinkRow</name>
    <message>
        <source>QR &amp;code…</source>
        <translation>QR &amp;code…</translation>
    </message>
    <message>
        <source>Show the survey service's QR code and join code, to project or print</source>
        <translation>Show the survey service's QR code and join code, to project or print</translation>
    </message>
    <message>
        <source>The survey service serves the staff pulse at %1 (join at %2 with code %3).</source>
        <translation>The survey service serves the staff pulse at %1 (join at %2 with code %3).</translation>
    </message>
    <message>
        <source>Answer the staff pulse on your phone</source>
        <translation>Answer the staff pulse on your phone</translation>
    </message>
    <message>
        <source>The survey service serves this survey at %1 (join at %2 with code %3).</source>
        <translation>The survey service serves this survey at %1 (join at %2 with code %3).</translation>
    </message>
    <message>
        <source>Answer the survey on your phone</source>
        <translation>Answer the survey on your phone</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Start the kiosk</source>
        <translation>Start the kiosk</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>Repeat the PIN</translation>
    </message>
    <message>
        <source>Start the voting kiosk</source>
        <translation>Start the voting kiosk</translation>
    </message>
    <message>
        <source>Staff will place their dots on this screen one after another.</source>
        <translation>Staff will place their dots on this screen one after another.</translation>
    </message>
    <message>
        <source>Staff will answer on this screen one after another.</source>
        <translation>Staff will answer on this screen one after another.</translation>
    </message>
    <message>
        <source>Without this PIN the kiosk cannot be closed from its own screen, and the app's other windows stay hidden. Choose %1 to %2 digits and keep them to yourself. In a public place, also use your computer's kiosk mode: keyboard shortcuts of the operating system can still reach other programs.</source>
        <translation>Without this PIN the kiosk cannot be closed from its own screen, and the app's other windows stay hidden. Choose %1 to %2 digits and keep them to yourself. In a public place, also use your computer's kiosk mode: keyboard shortcuts of the operating system can still reach other programs.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
    <message>
        <source>People expected at the kiosk</source>
        <translation>People expected at the kiosk</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Recovery code</translation>
    </message>
    <message>
        <source>Write this recovery code down now: it is shown only here. If wrong PINs typed at the kiosk make it refuse your PIN for a while, the code leaves the kiosk at once.</source>
        <translation>Write this recovery code down now: it is shown only here. If wrong PINs typed at the kiosk make it refuse your PIN for a while, the code leaves the kiosk at once.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Repeat:</translation>
    </message>
    <message>
        <source>People &amp;expected:</source>
        <translation>People &amp;expected:</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Recovery code:</translation>
    </message>
    <message>
        <source>&amp;Start kiosk</source>
        <translation>&amp;Start kiosk</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>The PIN must have %1 to %2 digits.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>The two PINs differ; type the same PIN twice.</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Customer interactions</source>
        <translation>Customer interactions</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Advertising</translation>
    </message>
    <message>
        <source>Website and platforms</source>
        <translation>Website and platforms</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Word of mouth</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>How leaders model %1</source>
        <translation>How leaders model %1</translation>
    </message>
    <message>
        <source>Walk the talk: how leaders model each value</source>
        <translation>Walk the talk: how leaders model each value</translation>
    </message>
    <message>
        <source>A team adopts what its leads do, not what they say. For each value, write what the leads will do inside the team so that staff see it lived.</source>
        <translation>A team adopts what its leads do, not what they say. For each value, write what the leads will do inside the team so that staff see it lived.</translation>
    </message>
    <message>
        <source>Choose the values in the Values step first.</source>
        <translation>Choose the values in the Values step first.</translation>
    </message>
    <message>
        <source>Sharing plan</source>
        <translation>Sharing plan</translation>
    </message>
    <message>
        <source>Where the philosophy becomes visible: what is shared, who takes care of it, and by when.</source>
        <translation>Where the philosophy becomes visible: what is shared, who takes care of it, and by when.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>How will the leads live “%1” inside the team? Write one thing they will do.</source>
        <translation>How will the leads live “%1” inside the team? Write one thing they will do.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>&amp;Add to the plan</translation>
    </message>
    <message>
        <source>&amp;Remove from the plan</source>
        <translation>&amp;Remove from the plan</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>In lists and forms, Tab moves between controls, and arrow keys move within a list.</source>
        <translation>In lists and forms, Tab moves between controls, and arrow keys move within a list.</translation>
    </message>
</context>
<context>
    <name>SimilarCardsPanel</name>
    <message>
        <source>“%1” ≈ “%2”</source>
        <translation>“%1” ≈ “%2”</translation>
    </message>
    <message>
        <source>Cards that say nearly the same</source>
        <translation>Cards that say nearly the same</translation>
    </message>
    <message>
        <source>Pairs of similar cards, suggested for merging</source>
        <translation>Pairs of similar cards, suggested for merging</translation>
    </message>
    <message>
        <source>Merge the pai&amp;r</source>
        <translation>Merge the pai&amp;r</translation>
    </message>
    <message>
        <source>Merge the second card into the first; Split off undoes it</source>
        <translation>Merge the second card into the first; Split off undoes it</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Save the new workshop as</source>
        <translation>Save the new workshop as</translation>
    </message>
    <message>
        <source>Philosophy Studio workshops</source>
        <translation>Philosophy Studio workshops</translation>
    </message>
    <message>
        <source>Philosophy Studio</source>
        <translation>Philosophy Studio</translation>
    </message>
    <message>
        <source>Lead your team from personas and values to a vision and a printed customer-service philosophy charter.</source>
        <translation>Lead your team from personas and values to a vision and a printed customer-service philosophy charter.</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>&amp;Team name:</source>
        <translation>&amp;Team name:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator:</source>
        <translation>Fa&amp;cilitator:</translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation>Locat&amp;ion:</translation>
    </message>
    <message>
        <source>O&amp;pen workshop file…</source>
        <translation>O&amp;pen workshop file…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Workshop &amp;language:</source>
        <translation>Workshop &amp;language:</translation>
    </message>
    <message>
        <source>e.g. Support Team Ankara</source>
        <translation>e.g. Support Team Ankara</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Browse…</translation>
    </message>
    <message>
        <source>Choose where to save the new workshop</source>
        <translation>Choose where to save the new workshop</translation>
    </message>
    <message>
        <source>&amp;Create workshop</source>
        <translation>&amp;Create workshop</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Open a workshop</translation>
    </message>
    <message>
        <source>&amp;Recent workshops:</source>
        <translation>&amp;Recent workshops:</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Recent workshops</translation>
    </message>
    <message>
        <source>Workshops you open appear here.</source>
        <translation>Workshops you open appear here.</translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation>Demo workshop</translation>
    </message>
    <message>
        <source>See a complete run of the method with sample data. Each click opens a fresh copy you can change freely.</source>
        <translation>See a complete run of the method with sample data. Each click opens a fresh copy you can change freely.</translation>
    </message>
    <message>
        <source>Demo in Turkish</source>
        <translation>Demo in Turkish</translation>
    </message>
    <message>
        <source>Demo in English</source>
        <translation>Demo in English</translation>
    </message>
    <message>
        <source>The method step by step</source>
        <translation>The method step by step</translation>
    </message>
    <message>
        <source>who your customers are and what they expect from support</source>
        <translation>who your customers are and what they expect from support</translation>
    </message>
    <message>
        <source>a long list of values, narrowed by discussion and dot voting</source>
        <translation>a long list of values, narrowed by discussion and dot voting</translation>
    </message>
    <message>
        <source>every staff member answers one question anonymously; recurring words point to values</source>
        <translation>every staff member answers one question anonymously; recurring words point to values</translation>
    </message>
    <message>
        <source>one or two bold, clear sentences about the service you give</source>
        <translation>one or two bold, clear sentences about the service you give</translation>
    </message>
    <message>
        <source>five questions for each of up to five values, with metrics</source>
        <translation>five questions for each of up to five values, with metrics</translation>
    </message>
    <message>
        <source>how leaders live the values, and where the philosophy is shared</source>
        <translation>how leaders live the values, and where the philosophy is shared</translation>
    </message>
    <message>
        <source>the printed result for the wall and the handbook</source>
        <translation>the printed result for the wall and the handbook</translation>
    </message>
    <message>
        <source>afterwards: meeting again, the metrics against their targets</source>
        <translation>afterwards: meeting again, the metrics against their targets</translation>
    </message>
    <message>
        <source>optional: customers' own words beside the values, from their feedback</source>
        <translation>optional: customers' own words beside the values, from their feedback</translation>
    </message>
    <message>
        <source>&amp;Continue “%1” at %2</source>
        <translation>&amp;Continue “%1” at %2</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>Workshop steps</source>
        <translation>Workshop steps</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>complete</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <comment>parts of a step that are finished, out of all its parts</comment>
        <translation>%1 of %2 done</translation>
    </message>
    <message>
        <source>not complete yet</source>
        <translation>not complete yet</translation>
    </message>
    <message>
        <source>%1: %2 of %3 questions answered</source>
        <comment>a chosen value's guideline questions</comment>
        <translation>%1: %2 of %3 questions answered</translation>
    </message>
</context>
<context>
    <name>StepSlide</name>
    <message>
        <source>Which values matter most to you? Place your dots.</source>
        <translation>Which values matter most to you? Place your dots.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dot(s) each</source>
        <translation>
            <numerusform>%Ln dot each</numerusform><numerusform>%Ln dots each</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln on one value</source>
        <translation>
            <numerusform>at most %Ln on one value</numerusform><numerusform>at most %Ln on one value</numerusform></translation>
    </message>
    <message>
        <source>Who are our customers today, and who could they be tomorrow? What does each of them expect from us?</source>
        <translation>Who are our customers today, and who could they be tomorrow? What does each of them expect from us?</translation>
    </message>
    <message>
        <source>What should every customer feel from us, every day? One value per card, with one line on the difference it makes.</source>
        <translation>What should every customer feel from us, every day? One value per card, with one line on the difference it makes.</translation>
    </message>
    <message>
        <source>In a sentence or two: what service do we give, and what makes it ours?</source>
        <translation>In a sentence or two: what service do we give, and what makes it ours?</translation>
    </message>
    <message>
        <source>For each value: what does it mean for us, what happens when we live it, how could it be misread, how do we see that we keep to it, and what does the customer notice?</source>
        <translation>For each value: what does it mean for us, what happens when we live it, how could it be misread, how do we see that we keep to it, and what does the customer notice?</translation>
    </message>
    <message>
        <source>How will we, the leaders, live these values first? Where and by whom will customers hear about them?</source>
        <translation>How will we, the leaders, live these values first? Where and by whom will customers hear about them?</translation>
    </message>
    <message>
        <source>Read it aloud together. Is this us? Can we all sign it?</source>
        <translation>Read it aloud together. Is this us? Can we all sign it?</translation>
    </message>
    <message>
        <source>Since we last met: where did we see our values lived, and where not? What do the metrics say?</source>
        <translation>Since we last met: where did we see our values lived, and where not? What do the metrics say?</translation>
    </message>
    <message>
        <source>What do our customers say about us today, and what do we want them to say? Where is the gap widest?</source>
        <translation>What do our customers say about us today, and what do we want them to say? Where is the gap widest?</translation>
    </message>
    <message>
        <source>Our personas: %1</source>
        <translation>Our personas: %1</translation>
    </message>
    <message>
        <source>Our values: %1</source>
        <translation>Our values: %1</translation>
    </message>
    <message>
        <source>Staff pulse: %1 answered; shown from %2</source>
        <translation>Staff pulse: %1 answered; shown from %2</translation>
    </message>
    <message>
        <source>Staff pulse (%1 answered): lived our values %2 of 5, leaders model them %3 of 5</source>
        <translation>Staff pulse (%1 answered): lived our values %2 of 5, leaders model them %3 of 5</translation>
    </message>
    <message>
        <source>No metric has a reading yet.</source>
        <translation>No metric has a reading yet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln metric(s) on target</source>
        <translation>
            <numerusform>%1 of %Ln metric on target</numerusform><numerusform>%1 of %Ln metrics on target</numerusform></translation>
    </message>
    <message>
        <source>Since the reading before: %1 better, %2 worse</source>
        <translation>Since the reading before: %1 better, %2 worse</translation>
    </message>
    <message numerus="yes">
        <source>The words appear from %Ln respondent(s) on, so that nobody can be recognised.</source>
        <translation>
            <numerusform>The words appear from %Ln respondent on, so that nobody can be recognised.</numerusform><numerusform>The words appear from %Ln respondents on, so that nobody can be recognised.</numerusform></translation>
    </message>
    <message>
        <source>Working out the words…</source>
        <translation>Working out the words…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln respondent(s)</source>
        <translation>
            <numerusform>%1: %Ln respondent</numerusform><numerusform>%1: %Ln respondents</numerusform></translation>
    </message>
    <message>
        <source>No value cards yet.</source>
        <translation>No value cards yet.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value card(s) on the board</source>
        <translation>
            <numerusform>%Ln value card on the board</numerusform><numerusform>%Ln value cards on the board</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln dot(s)</source>
        <translation>
            <numerusform>%1: %Ln dot</numerusform><numerusform>%1: %Ln dots</numerusform></translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation>No dots yet.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Values</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Survey</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vision</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Guidelines</translation>
    </message>
    <message>
        <source>Walk the talk &amp; share</source>
        <translation>Walk the talk &amp; share</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Charter</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Customers</translation>
    </message>
</context>
<context>
    <name>SurveyAgainBox</name>
    <message>
        <source>Ask the survey's question again and see whether the words your people use have moved since the workshop. Answers go to this check-in's round; the workshop's own answers, on which the charter rests, stay as they were.</source>
        <translation>Ask the survey's question again and see whether the words your people use have moved since the workshop. Answers go to this check-in's round; the workshop's own answers, on which the charter rests, stay as they were.</translation>
    </message>
    <message>
        <source>&amp;Ask the survey again here</source>
        <translation>&amp;Ask the survey again here</translation>
    </message>
    <message>
        <source>New answers from the kiosk, phones or an import join this check-in's round</source>
        <translation>New answers from the kiosk, phones or an import join this check-in's round</translation>
    </message>
    <message>
        <source>&amp;End this round</source>
        <translation>&amp;End this round</translation>
    </message>
    <message>
        <source>The Survey step shows the workshop's own answers again; this round's are kept</source>
        <translation>The Survey step shows the workshop's own answers again; this round's are kept</translation>
    </message>
    <message>
        <source>Used more than at the workshop</source>
        <translation>Used more than at the workshop</translation>
    </message>
    <message>
        <source>Used less than at the workshop</source>
        <translation>Used less than at the workshop</translation>
    </message>
    <message>
        <source>The survey again</source>
        <translation>The survey again</translation>
    </message>
    <message>
        <source>The survey again at check-in %1 (%2)</source>
        <translation>The survey again at check-in %1 (%2)</translation>
    </message>
    <message>
        <source>Keep the plan first: change, add or remove a check-in above.</source>
        <translation>Keep the plan first: change, add or remove a check-in above.</translation>
    </message>
    <message numerus="yes">
        <source>The survey is asking this check-in's round: %Ln answer(s) so far. Open it to phones or the kiosk on the Survey step.</source>
        <translation>
            <numerusform>The survey is asking this check-in's round: %Ln answer so far. Open it to phones or the kiosk on the Survey step.</numerusform><numerusform>The survey is asking this check-in's round: %Ln answers so far. Open it to phones or the kiosk on the Survey step.</numerusform></translation>
    </message>
    <message>
        <source>The survey is asking the round of the check-in on %1.</source>
        <translation>The survey is asking the round of the check-in on %1.</translation>
    </message>
    <message numerus="yes">
        <source>This check-in's round has %Ln answer(s).</source>
        <translation>
            <numerusform>This check-in's round has %Ln answer.</numerusform><numerusform>This check-in's round has %Ln answers.</numerusform></translation>
    </message>
    <message>
        <source>The survey has not been asked again at this check-in.</source>
        <translation>The survey has not been asked again at this check-in.</translation>
    </message>
    <message>
        <source>The comparison shows once %1 people have answered in each round, so that no one's answer can be told apart: %2 at the workshop, %3 at this check-in.</source>
        <translation>The comparison shows once %1 people have answered in each round, so that no one's answer can be told apart: %2 at the workshop, %3 at this check-in.</translation>
    </message>
    <message>
        <source>%1 answered at the workshop, %2 at this check-in. Shares are of each round's people.</source>
        <translation>%1 answered at the workshop, %2 at this check-in. Shares are of each round's people.</translation>
    </message>
    <message>
        <source>No word stands out.</source>
        <translation>No word stands out.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share in percent</comment>
        <translation>%1%</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>(hidden from the analysis)</source>
        <translation>(hidden from the analysis)</translation>
    </message>
    <message>
        <source>Every staff member answers one question, anonymously. Collect the answers in the kiosk on this computer, or import them from a form tool's export.</source>
        <translation>Every staff member answers one question, anonymously. Collect the answers in the kiosk on this computer, or import them from a form tool's export.</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Question:</translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation>Survey question</translation>
    </message>
    <message>
        <source>Survey &amp;open (the kiosk accepts answers)</source>
        <translation>Survey &amp;open (the kiosk accepts answers)</translation>
    </message>
    <message>
        <source>When the survey starts taking answers</source>
        <translation>When the survey starts taking answers</translation>
    </message>
    <message>
        <source>Op&amp;ens at</source>
        <translation>Op&amp;ens at</translation>
    </message>
    <message>
        <source>The survey is asked again at the check-in on %1: the answers and words below are this round's. The workshop's own answers come back when the round ends (Check-ins step).</source>
        <translation>The survey is asked again at the check-in on %1: the answers and words below are this round's. The workshop's own answers come back when the round ends (Check-ins step).</translation>
    </message>
    <message>
        <source>Clo&amp;ses at</source>
        <translation>Clo&amp;ses at</translation>
    </message>
    <message>
        <source>When the survey stops taking answers</source>
        <translation>When the survey stops taking answers</translation>
    </message>
    <message>
        <source>Show answers &amp;from:</source>
        <translation>Show answers &amp;from:</translation>
    </message>
    <message>
        <source>respondents</source>
        <translation>respondents</translation>
    </message>
    <message>
        <source>Minimum number of respondents before answers are shown</source>
        <translation>Minimum number of respondents before answers are shown</translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <translation>Start &amp;kiosk…</translation>
    </message>
    <message>
        <source>Open &amp;to phones…</source>
        <translation>Open &amp;to phones…</translation>
    </message>
    <message>
        <source>Let phones on the local network answer the survey</source>
        <translation>Let phones on the local network answer the survey</translation>
    </message>
    <message>
        <source>P&amp;resent…</source>
        <translation>P&amp;resent…</translation>
    </message>
    <message>
        <source>Show the question, QR code, count and timer full screen</source>
        <translation>Show the question, QR code, count and timer full screen</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>&amp;Import answers…</translation>
    </message>
    <message>
        <source>&amp;Paste answers…</source>
        <translation>&amp;Paste answers…</translation>
    </message>
    <message>
        <source>E&amp;xport answers…</source>
        <translation>E&amp;xport answers…</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshop(s) on this server.</source>
        <translation>
            <numerusform>%Ln workshop on this server.</numerusform><numerusform>%Ln workshops on this server.</numerusform></translation>
    </message>
    <message>
        <source>This server holds no workshop yet. To start one there, give the server's address as the location of a new workshop on the Start page.</source>
        <translation>This server holds no workshop yet. To start one there, give the server's address as the location of a new workshop on the Start page.</translation>
    </message>
    <message>
        <source>Connect to a team database</source>
        <translation>Connect to a team database</translation>
    </message>
    <message>
        <source>Several facilitators can work on one workshop when it lives on a PostgreSQL server. Enter the server's address and your password; the password is not saved.</source>
        <translation>Several facilitators can work on one workshop when it lives on a PostgreSQL server. Enter the server's address and your password; the password is not saved.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server &amp;address:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Show workshops</source>
        <translation>&amp;Show workshops</translation>
    </message>
    <message>
        <source>&amp;Open workshop</source>
        <translation>&amp;Open workshop</translation>
    </message>
    <message>
        <source>Workshops on the server</source>
        <translation>Workshops on the server</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <source>Themes in the answers</source>
        <translation>Themes in the answers</translation>
    </message>
    <message>
        <source>Themes are looked for once there are enough answers to tell them apart (twelve or more).</source>
        <translation>Themes are looked for once there are enough answers to tell them apart (twelve or more).</translation>
    </message>
    <message>
        <source>Answers that use similar words, grouped. Each theme lists its most telling words.</source>
        <translation>Answers that use similar words, grouped. Each theme lists its most telling words.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln answer</numerusform><numerusform>%Ln answers</numerusform></translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Also: %1</translation>
    </message>
</context>
<context>
    <name>ValueBoard</name>
    <message>
        <source>Red</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Yellow</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Purple</translation>
    </message>
    <message>
        <source>Not grouped yet</source>
        <translation>Not grouped yet</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Votes stay hidden until you show them, so nobody follows the crowd. Similar cards are only suggested; merging is always your choice.</source>
        <translation>Votes stay hidden until you show them, so nobody follows the crowd. Similar cards are only suggested; merging is always your choice.</translation>
    </message>
    <message>
        <source>Selected value</source>
        <translation>Selected value</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Inspiration</source>
        <translation>Inspiration</translation>
    </message>
    <message>
        <source>The selected value, the dot voting and examples</source>
        <translation>The selected value, the dot voting and examples</translation>
    </message>
    <message>
        <source>Board &amp;and votes</source>
        <translation>Board &amp;and votes</translation>
    </message>
    <message>
        <source>&amp;Five or fewer</source>
        <translation>&amp;Five or fewer</translation>
    </message>
    <message>
        <source>The method keeps five values or fewer, so that everyone can remember and live them. Untick one before choosing another.</source>
        <translation>The method keeps five values or fewer, so that everyone can remember and live them. Untick one before choosing another.</translation>
    </message>
</context>
<context>
    <name>VisionPage</name>
    <message>
        <source>Insert the value %1</source>
        <translation>Insert the value %1</translation>
    </message>
    <message>
        <source>Insert the survey word %1</source>
        <translation>Insert the survey word %1</translation>
    </message>
    <message>
        <source>Write the vision statement: what service your team provides and why it is different. Try several drafts side by side and mark the one the team chooses. Every change is saved as you type.</source>
        <translation>Write the vision statement: what service your team provides and why it is different. Try several drafts side by side and mark the one the team chooses. Every change is saved as you type.</translation>
    </message>
    <message>
        <source>Insert a chosen value:</source>
        <translation>Insert a chosen value:</translation>
    </message>
    <message>
        <source>Insert a survey word:</source>
        <translation>Insert a survey word:</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>&amp;New draft</translation>
    </message>
    <message>
        <source>E&amp;xamples…</source>
        <translation>E&amp;xamples…</translation>
    </message>
</context>
<context>
    <name>VotingKioskWindow</name>
    <message numerus="yes">
        <source>You have %Ln dot(s) left.</source>
        <translation>
            <numerusform>You have %Ln dot left.</numerusform><numerusform>You have %Ln dots left.</numerusform></translation>
    </message>
    <message>
        <source>Place at least one dot first.</source>
        <translation>Place at least one dot first.</translation>
    </message>
    <message>
        <source>Your dots could not be counted. Please call the facilitator.</source>
        <translation>Your dots could not be counted. Please call the facilitator.</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Which values matter most? Place your dots.</source>
        <translation>Which values matter most? Place your dots.</translation>
    </message>
    <message>
        <source>&amp;Send my dots</source>
        <translation>&amp;Send my dots</translation>
    </message>
    <message>
        <source>Send my dots</source>
        <translation>Send my dots</translation>
    </message>
    <message numerus="yes">
        <source>Anonymous: only the total per value is kept, never who placed which dot. At most %Ln dot(s) on one value.</source>
        <translation>
            <numerusform>Anonymous: only the total per value is kept, never who placed which dot. At most %Ln dot on one value.</numerusform><numerusform>Anonymous: only the total per value is kept, never who placed which dot. At most %Ln dots on one value.</numerusform></translation>
    </message>
    <message>
        <source>Thank you! Your dots are counted.

Press any key for the next person.</source>
        <translation>Thank you! Your dots are counted.

Press any key for the next person.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Thank you</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>No voting round yet. Open one when the board is complete.</source>
        <translation>No voting round yet. Open one when the board is complete.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dot(s) each</source>
        <translation>
            <numerusform>%Ln dot each</numerusform><numerusform>%Ln dots each</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln voter(s)</source>
        <translation>
            <numerusform>%Ln voter</numerusform><numerusform>%Ln voters</numerusform></translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>votes shown</source>
        <translation>votes shown</translation>
    </message>
    <message>
        <source>votes hidden</source>
        <translation>votes hidden</translation>
    </message>
    <message>
        <source>Latest round: %1, %2; %3; %4.</source>
        <translation>Latest round: %1, %2; %3; %4.</translation>
    </message>
    <message>
        <source>&amp;Hide the votes</source>
        <translation>&amp;Hide the votes</translation>
    </message>
    <message>
        <source>Show the vot&amp;es</source>
        <translation>Show the vot&amp;es</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Dot voting</translation>
    </message>
    <message>
        <source>Dots per &amp;person:</source>
        <translation>Dots per &amp;person:</translation>
    </message>
    <message>
        <source>At most on one &amp;value:</source>
        <translation>At most on one &amp;value:</translation>
    </message>
    <message>
        <source>&amp;Open a round</source>
        <translation>&amp;Open a round</translation>
    </message>
    <message>
        <source>Voting &amp;kiosk…</source>
        <translation>Voting &amp;kiosk…</translation>
    </message>
    <message>
        <source>A locked full-screen ballot where staff place their dots one after another</source>
        <translation>A locked full-screen ballot where staff place their dots one after another</translation>
    </message>
    <message>
        <source>&amp;Close the round</source>
        <translation>&amp;Close the round</translation>
    </message>
    <message>
        <source>Open &amp;to phones…</source>
        <translation>Open &amp;to phones…</translation>
    </message>
    <message>
        <source>Staff scan a QR code and place their dots on their own phones, on the local network</source>
        <translation>Staff scan a QR code and place their dots on their own phones, on the local network</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Describe who you serve and what they expect from support: hours, tone, channels.</source>
        <translation>Describe who you serve and what they expect from support: hours, tone, channels.</translation>
    </message>
    <message>
        <source>Brainstorm values as cards, merge look-alikes, vote with dots and keep five or fewer.</source>
        <translation>Brainstorm values as cards, merge look-alikes, vote with dots and keep five or fewer.</translation>
    </message>
    <message>
        <source>Every staff member answers one question anonymously; the words that recur point to your values.</source>
        <translation>Every staff member answers one question anonymously; the words that recur point to your values.</translation>
    </message>
    <message>
        <source>Draft a bold, short statement of your service side by side, with a coach beside it.</source>
        <translation>Draft a bold, short statement of your service side by side, with a coach beside it.</translation>
    </message>
    <message>
        <source>Answer five questions for every value and choose how to measure it fairly.</source>
        <translation>Answer five questions for every value and choose how to measure it fairly.</translation>
    </message>
    <message>
        <source>Agree how leaders will live each value, and where the philosophy is shared.</source>
        <translation>Agree how leaders will live each value, and where the philosophy is shared.</translation>
    </message>
    <message>
        <source>Print the charter for the wall and the handbook.</source>
        <translation>Print the charter for the wall and the handbook.</translation>
    </message>
    <message>
        <source>Meet again a month, a quarter and half a year on, and see the metrics against their targets.</source>
        <translation>Meet again a month, a quarter and half a year on, and see the metrics against their targets.</translation>
    </message>
    <message>
        <source>Import what customers wrote and see, value by value, how far it is from what the team wants them to say.</source>
        <translation>Import what customers wrote and see, value by value, how far it is from what the team wants them to say.</translation>
    </message>
    <message>
        <source>Welcome to Philosophy Studio</source>
        <translation>Welcome to Philosophy Studio</translation>
    </message>
    <message>
        <source>Philosophy Studio takes your team through seven steps, from who your customers are to a printed charter, and back to it at the check-ins after the workshop, beside what customers say in their feedback. Take the short tour, or open the demo workshop to see a complete run.</source>
        <translation>Philosophy Studio takes your team through seven steps, from who your customers are to a printed charter, and back to it at the check-ins after the workshop, beside what customers say in their feedback. Take the short tour, or open the demo workshop to see a complete run.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Next</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>Open the &amp;demo workshop</translation>
    </message>
    <message>
        <source>&amp;Start on my own</source>
        <translation>&amp;Start on my own</translation>
    </message>
    <message>
        <source>The %1 step in the demo workshop</source>
        <translation>The %1 step in the demo workshop</translation>
    </message>
</context>
<context>
    <name>WordCloud</name>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln respondent</numerusform><numerusform>%Ln respondents</numerusform></translation>
    </message>
</context>
<context>
    <name>WordCorrections</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>Count the selected words as one word</source>
        <translation>Count the selected words as one word</translation>
    </message>
    <message>
        <source>Merge the selected words</source>
        <translation>Merge the selected words</translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation>S&amp;plit</translation>
    </message>
    <message>
        <source>Count each form of the selected word on its own</source>
        <translation>Count each form of the selected word on its own</translation>
    </message>
    <message>
        <source>Split the selected word into its forms</source>
        <translation>Split the selected word into its forms</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;name…</translation>
    </message>
    <message>
        <source>Show the selected word or collocation under a name you choose</source>
        <translation>Show the selected word or collocation under a name you choose</translation>
    </message>
    <message>
        <source>Rename the selected word</source>
        <translation>Rename the selected word</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>E&amp;xclude</translation>
    </message>
    <message>
        <source>Leave the selected words out of the counts (Delete)</source>
        <translation>Leave the selected words out of the counts (Delete)</translation>
    </message>
    <message>
        <source>Exclude the selected words</source>
        <translation>Exclude the selected words</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Exclude</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Show “%1” (%2) as:</source>
        <translation>Show “%1” (%2) as:</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>The customers' words</source>
        <translation>The customers' words</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>All comments</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Promoters</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Detractors</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Comments</translation>
    </message>
    <message>
        <source>Most used words: %1</source>
        <translation>Most used words: %1</translation>
    </message>
    <message>
        <source>no scores</source>
        <translation>no scores</translation>
    </message>
    <message numerus="yes">
        <source>fewer than %Ln comment(s): not shown</source>
        <translation>
            <numerusform>fewer than %Ln comment: not shown</numerusform><numerusform>fewer than %Ln comments: not shown</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln comment</numerusform><numerusform>%Ln comments</numerusform></translation>
    </message>
</context>
</TS>