<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="tr_TR">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Bitstream Vera licence (free), see resources/fonts</source>
        <translation>Bitstream Vera lisansı (özgür), bkz. resources/fonts</translation>
    </message>
    <message>
        <source>compiled for this app from PostgreSQL's and Snowball's lists (permissive licences), see resources/stopwords/SOURCES.md</source>
        <translation>bu uygulama için PostgreSQL ve Snowball listelerinden derlendi (serbest lisanslar), bkz. resources/stopwords/SOURCES.md</translation>
    </message>
    <message>
        <source>About Philosophy Studio</source>
        <translation>Philosophy Studio hakkında</translation>
    </message>
    <message>
        <source>Run a workshop with your team and leave with a printed customer-service philosophy charter. Everything stays on this computer, or on your team's own server.</source>
        <translation>Ekibinizle bir atölye yürütün ve basılı bir müşteri hizmetleri felsefe belgesiyle çıkın. Her şey bu bilgisayarda ya da ekibinizin kendi sunucusunda kalır.</translation>
    </message>
    <message>
        <source>When something goes wrong, the app notes where in its code in a log file, never what anyone typed. To report a problem, send this file along: %1</source>
        <translation>Bir şey ters gittiğinde uygulama, kodunun neresinde olduğunu bir kayıt dosyasına yazar; kimsenin yazdığı bir metni asla yazmaz. Bir sorunu bildirirken bu dosyayı da gönderin: %1</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lisanslar</translation>
    </message>
    <message>
        <source>Philosophy Studio is free software: GNU General Public License 3 or later.</source>
        <translation>Philosophy Studio özgür yazılımdır: GNU Genel Kamu Lisansı 3 ya da sonrası.</translation>
    </message>
    <message>
        <source>The method follows two Turkish articles on customer-service philosophy; every guidance text and example in the app is written in our own words.</source>
        <translation>Yöntem, müşteri hizmetleri felsefesi üzerine iki Türkçe makaleyi izler; uygulamadaki her rehber metin ve örnek kendi sözlerimizle yazılmıştır.</translation>
    </message>
    <message>
        <source>Third-party software</source>
        <translation>Üçüncü taraf yazılımlar</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New workshop…</source>
        <translation>&amp;Yeni atölye…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Aç…</translation>
    </message>
    <message>
        <source>Connect to a &amp;team database…</source>
        <translation>&amp;Ekip veritabanına bağlan…</translation>
    </message>
    <message>
        <source>&amp;Close workshop</source>
        <translation>Atölyeyi &amp;kapat</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>&amp;Yedekler…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Çık</translation>
    </message>
    <message>
        <source>Demo workshop in &amp;Turkish</source>
        <translation>&amp;Türkçe örnek atölye</translation>
    </message>
    <message>
        <source>Demo workshop in &amp;English</source>
        <translation>İ&amp;ngilizce örnek atölye</translation>
    </message>
    <message>
        <source>&amp;Previous step</source>
        <translation>Ö&amp;nceki adım</translation>
    </message>
    <message>
        <source>&amp;Next step</source>
        <translation>&amp;Sonraki adım</translation>
    </message>
    <message>
        <source>&amp;Present this step</source>
        <translation>Bu adımı &amp;sun</translation>
    </message>
    <message>
        <source>Show the step's &amp;guidance</source>
        <translation>Adımın &amp;rehberini göster</translation>
    </message>
    <message>
        <source>&amp;About Philosophy Studio</source>
        <translation>Philosophy Studio &amp;hakkında</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>&amp;Facilitator's guide…</source>
        <translation>Kolaylaştırıcı &amp;rehberi…</translation>
    </message>
    <message>
        <source>&amp;Tour of the steps…</source>
        <translation>Adımlarda &amp;tur…</translation>
    </message>
</context>
<context>
    <name>AlignmentBox</name>
    <message>
        <source>What customers say about each value</source>
        <translation>Müşteriler her değer hakkında ne diyor?</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Değer:</translation>
    </message>
    <message>
        <source>The value to look for in the comments</source>
        <translation>Yorumlarda aranacak değer</translation>
    </message>
    <message>
        <source>Add “%1” to “%2”</source>
        <translation>“%1” kelimesini “%2” değerine ekle</translation>
    </message>
    <message>
        <source>Add the selected word to this value</source>
        <translation>Seçilen kelimeyi bu değere ekle</translation>
    </message>
    <message>
        <source>Select a word in the lists above; comments using it then count for this value, here and in the staff survey's support.</source>
        <translation>Yukarıdaki listelerden bir kelime seçin; o kelimeyi kullanan yorumlar bundan sonra bu değer için sayılır, hem burada hem de çalışan anketindeki destekte.</translation>
    </message>
    <message>
        <source>Values appear here once the comments are counted.</source>
        <translation>Yorumlar sayıldığında değerler burada görünür.</translation>
    </message>
    <message>
        <source>No value or value card yet: add them on the Values step.</source>
        <translation>Henüz değer ya da değer kartı yok: Değerler adımında ekleyin.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) speak to this value</source>
        <translation>
            <numerusform>%Ln yorum bu değerden söz ediyor</numerusform>
        </translation>
    </message>
    <message>
        <source>(of %1 within the filter).</source>
        <translation>(filtredeki %1 yorumdan).</translation>
    </message>
    <message>
        <source>Of those with a score: %1 from promoters, %2 from detractors.</source>
        <translation>Puanı olanlardan %1 yorum tavsiye edenlerden, %2 yorum eleştirenlerden.</translation>
    </message>
    <message>
        <source>Found by: %1</source>
        <translation>Bulunduğu kelimeler: %1</translation>
    </message>
    <message>
        <source>None of the value's words is used in the comments.</source>
        <translation>Değerin kelimelerinden hiçbiri yorumlarda geçmiyor.</translation>
    </message>
    <message>
        <source>In their words:</source>
        <translation>Kendi sözleriyle:</translation>
    </message>
</context>
<context>
    <name>AnalysisStatus</name>
    <message>
        <source>Words in the answers</source>
        <translation>Yanıtlardaki kelimeler</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel the analysis</source>
        <translation>Analizi iptal et</translation>
    </message>
    <message>
        <source>Analyse again</source>
        <translation>Yeniden analiz et</translation>
    </message>
    <message>
        <source>Analyse the answers again</source>
        <translation>Yanıtları yeniden analiz et</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Analizin ilerleyişi</translation>
    </message>
    <message>
        <source>Why the analysis is not shown</source>
        <translation>Analizin neden gösterilmediği</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Analiz yapılamadı: %1</translation>
    </message>
    <message>
        <source>The analysis was cancelled; the figures below may be out of date.</source>
        <translation>Analiz iptal edildi; aşağıdaki sayılar güncel olmayabilir.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) analysed</source>
        <translation>
            <numerusform>%Ln yanıt analiz edildi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln different word(s)</source>
        <translation>
            <numerusform>%Ln farklı kelime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The word analysis appears from %Ln answer(s) on, so that no answer can be traced to a person.</source>
        <translation>
            <numerusform>Kelime analizi, hiçbir yanıtın kimden geldiği anlaşılmasın diye %Ln yanıttan itibaren görünür.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>So far: %Ln.</source>
        <translation>
            <numerusform>Şu ana kadar: %Ln.</numerusform>
        </translation>
    </message>
    <message>
        <source>The analysis was cancelled. Analyse again to see the words.</source>
        <translation>Analiz iptal edildi. Kelimeleri görmek için yeniden analiz edin.</translation>
    </message>
    <message>
        <source>Analysing the answers…</source>
        <translation>Yanıtlar analiz ediliyor…</translation>
    </message>
</context>
<context>
    <name>AnalysisView</name>
    <message>
        <source>Words</source>
        <translation>Kelimeler</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>Cloud</source>
        <translation>Bulut</translation>
    </message>
    <message>
        <source>Phrases</source>
        <translation>Kalıplar</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temalar</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Dışarıda kalanlar</translation>
    </message>
    <message>
        <source>Views of the word analysis</source>
        <translation>Kelime analizinin görünümleri</translation>
    </message>
    <message>
        <source>Words used in the answers</source>
        <translation>Yanıtlarda kullanılan kelimeler</translation>
    </message>
    <message>
        <source>Each row is one word with its inflected forms. Select rows to merge, split or exclude them.</source>
        <translation>Her satır, çekimli biçimleriyle birlikte bir kelimedir. Birleştirmek, ayırmak ya da dışarıda bırakmak için satırları seçin.</translation>
    </message>
    <message>
        <source>Recurring phrases</source>
        <translation>Tekrarlanan kalıplar</translation>
    </message>
    <message>
        <source>Bar chart of the most used words</source>
        <translation>En çok kullanılan kelimelerin çubuk grafiği</translation>
    </message>
    <message>
        <source>Word cloud of the most used words</source>
        <translation>En çok kullanılan kelimelerin kelime bulutu</translation>
    </message>
    <message>
        <source>The same words as the Words table; bigger means more respondents.</source>
        <translation>Kelimeler tablosundaki kelimeler; büyük yazılan daha çok kişi tarafından kullanılmış.</translation>
    </message>
    <message numerus="yes">
        <source>Respondents per word (top %Ln)</source>
        <translation>
            <numerusform>Kelime başına kişi sayısı (ilk %Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswerFiles</name>
    <message>
        <source>Import answers</source>
        <translation>Yanıtları içe aktar</translation>
    </message>
    <message>
        <source>Answers (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Yanıtlar (*.csv *.tsv *.txt *.xlsx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>The clipboard holds no text. Copy the answers (cells or lines) first.</source>
        <translation>Panoda metin yok. Önce yanıtları (hücreleri ya da satırları) kopyalayın.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %Ln answer(s).</source>
        <translation>
            <numerusform>%Ln yanıt içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped: %1 empty; rows already in the workshop: %2.</source>
        <translation>Atlanan: %1 boş; atölyede zaten olan satır: %2.</translation>
    </message>
    <message>
        <source>Export answers</source>
        <translation>Yanıtları dışa aktar</translation>
    </message>
    <message>
        <source>survey answers.xlsx</source>
        <translation>anket yanıtları.xlsx</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)</source>
        <translation>Excel çalışma kitabı (*.xlsx);;CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the answers…</source>
        <translation>Yanıtlar dışa aktarılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %Ln answer(s) to %1.</source>
        <translation>
            <numerusform>%1 dosyasına %Ln yanıt yazıldı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnswersPanel</name>
    <message>
        <source>Answers</source>
        <translation>Yanıtlar</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>Anket yanıtları</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) so far</source>
        <translation>
            <numerusform>Şu ana kadar %Ln yanıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hidden from the analysis</source>
        <translation>
            <numerusform>%Ln yanıt analizden gizli</numerusform>
        </translation>
    </message>
    <message>
        <source>The answers stay hidden until at least %1 people have answered (%2 so far), so that nobody can be recognised by their words. Only the count is shown meanwhile.</source>
        <translation>Kimse sözlerinden tanınmasın diye yanıtlar en az %1 kişi yanıt verene kadar gizli kalır (şu ana kadar %2). O zamana kadar yalnızca sayı gösterilir.</translation>
    </message>
    <message>
        <source>Sho&amp;w in the analysis again</source>
        <translation>Analizde yeniden &amp;göster</translation>
    </message>
    <message>
        <source>&amp;Hide from the analysis</source>
        <translation>Analizden &amp;gizle</translation>
    </message>
</context>
<context>
    <name>ApartBox</name>
    <message>
        <source>Promoters</source>
        <translation>Tavsiye edenler</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Eleştirenler</translation>
    </message>
    <message>
        <source>Other channels</source>
        <translation>Diğer kanallar</translation>
    </message>
    <message>
        <source>Staff answers</source>
        <translation>Çalışan cevapları</translation>
    </message>
    <message>
        <source>Customer comments</source>
        <translation>Müşteri yorumları</translation>
    </message>
    <message>
        <source>Words that set two groups apart</source>
        <translation>İki grubu birbirinden ayıran kelimeler</translation>
    </message>
    <message>
        <source>Co&amp;mpare:</source>
        <translation>&amp;Karşılaştır:</translation>
    </message>
    <message>
        <source>The two groups to compare</source>
        <translation>Karşılaştırılacak iki grup</translation>
    </message>
    <message>
        <source>Staff answers and customer comments</source>
        <translation>Çalışan cevapları ve müşteri yorumları</translation>
    </message>
    <message>
        <source>Promoters and detractors</source>
        <translation>Tavsiye edenler ve eleştirenler</translation>
    </message>
    <message>
        <source>%1 and the other channels</source>
        <translation>%1 ve diğer kanallar</translation>
    </message>
    <message>
        <source>z is how far the word's log-odds ratio between the groups is from zero, in standard errors (with an informative Dirichlet prior, so rare words do not stand out by chance); from 1.96 on, a word sets the groups apart. Click a word to read the texts that use it.</source>
        <translation>z, kelimenin iki grup arasındaki log-odds oranının sıfırdan kaç standart hata uzak olduğunu gösterir (bilgilendirici Dirichlet önseliyle; böylece nadir kelimeler tesadüfen öne çıkmaz). 1,96 ve üzerindeki bir kelime grupları birbirinden ayırır. Bir kelimeye tıklayarak onu kullanan metinleri okuyabilirsiniz.</translation>
    </message>
    <message>
        <source>Words typical of %1</source>
        <translation>%1 için tipik kelimeler</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Kelime</translation>
    </message>
    <message>
        <source>Texts (left / right)</source>
        <translation>Metinler (sol / sağ)</translation>
    </message>
    <message numerus="yes">
        <source>%1: fewer than %Ln text(s), not compared</source>
        <translation>
            <numerusform>%1: %Ln metinden az, karşılaştırılmadı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Typical of %1 (%Ln text(s))</source>
        <translation>
            <numerusform>%1 için tipik (%Ln metin)</numerusform>
        </translation>
    </message>
    <message>
        <source>No word stands out (z beyond ±1.96).</source>
        <translation>Öne çıkan kelime yok (z, ±1,96'nın ötesinde değil).</translation>
    </message>
    <message>
        <source>%1: the survey's results are not shown yet (too few answers)</source>
        <translation>%1: anket sonuçları henüz gösterilmiyor (yanıt sayısı çok az)</translation>
    </message>
    <message>
        <source>%1: the comments have no scores</source>
        <translation>%1: yorumların puanı yok</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Daily</source>
        <translation>Günlük</translation>
    </message>
    <message>
        <source>Weekly</source>
        <translation>Haftalık</translation>
    </message>
    <message>
        <source>Before an upgrade</source>
        <translation>Yükseltmeden önce</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>İçe aktarmadan önce</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Geri yüklemeden önce</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Yedekler</translation>
    </message>
    <message>
        <source>Philosophy Studio copies this workshop by itself: once a day when you open it, once a week, before a file from an older version is upgraded, and before imports and restores. Restoring a copy replaces the workshop's content; the present content is copied aside first, so a restore can be undone by restoring that copy.</source>
        <translation>Philosophy Studio bu atölyeyi kendiliğinden kopyalar: açtığınız her gün bir kez, haftada bir kez, eski bir sürümden kalan dosya yükseltilmeden önce ve her içe aktarma ile geri yüklemeden önce. Bir kopyayı geri yüklemek atölyenin içeriğini değiştirir; mevcut içerik önce kenara kopyalanır, böylece geri yüklemeyi o kopyayı geri yükleyerek geri alabilirsiniz.</translation>
    </message>
    <message>
        <source>Copies are kept in: %1</source>
        <translation>Yedeklerin bulunduğu yer: %1</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tarih</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tür</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Boyut</translation>
    </message>
    <message>
        <source>Backups of this workshop</source>
        <translation>Bu atölyenin yedekleri</translation>
    </message>
    <message>
        <source>There are no copies yet; the first is made the next time you open it.</source>
        <translation>Henüz yedek yok; ilki atölyeyi bir sonraki açışınızda alınır.</translation>
    </message>
    <message>
        <source>&amp;Restore this copy…</source>
        <translation>Bu yedeği &amp;geri yükle…</translation>
    </message>
    <message>
        <source>Restore this copy?</source>
        <translation>Bu yedek geri yüklensin mi?</translation>
    </message>
    <message>
        <source>The workshop will show its content as of %1. Undo history ends here.</source>
        <translation>Atölye, %1 tarihindeki içeriğine döner. Geri alma geçmişi burada sona erer.</translation>
    </message>
</context>
<context>
    <name>BehavioursBox</name>
    <message>
        <source>Do</source>
        <translation>Yapılacaklar</translation>
    </message>
    <message>
        <source>Don't</source>
        <translation>Yapılmayacaklar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ekle</translation>
    </message>
    <message>
        <source>Add: %1</source>
        <translation>Ekle: %1</translation>
    </message>
    <message>
        <source>Add a behaviour: %1</source>
        <translation>Davranış ekle: %1</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove: %1</source>
        <translation>Kaldır: %1</translation>
    </message>
    <message>
        <source>Remove the selected behaviour: %1</source>
        <translation>Seçili davranışı kaldır: %1</translation>
    </message>
</context>
<context>
    <name>BoardPanel</name>
    <message numerus="yes">
        <source>%Ln card(s) on the board, texts hidden</source>
        <translation>
            <numerusform>Panoda %Ln kart var, metinler gizli</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (merged into %2)</source>
        <translation>%1 (%2 ile birleştirildi)</translation>
    </message>
    <message>
        <source>also: %1</source>
        <translation>ayrıca: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dot(s)</source>
        <translation>
            <numerusform>%Ln nokta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln kişi</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” into “%2”</source>
        <translation>“%1” → “%2”</translation>
    </message>
    <message>
        <source>Merge values</source>
        <translation>Değerleri birleştir</translation>
    </message>
    <message>
        <source>Merge “%1” into “%2”? Both texts stay, their dots add up, and Split off undoes it.</source>
        <translation>“%1”, “%2” ile birleştirilsin mi? İki metin de kalır, noktaları toplanır; Ayır bunu geri alır.</translation>
    </message>
    <message>
        <source>Show the cards</source>
        <translation>Kartları göster</translation>
    </message>
    <message>
        <source>Hide the cards</source>
        <translation>Kartları gizle</translation>
    </message>
    <message>
        <source>Type a value and press Enter, e.g. Patience</source>
        <translation>Bir değer yazıp Enter’a basın, ör. Sabır</translation>
    </message>
    <message>
        <source>New value</source>
        <translation>Yeni değer</translation>
    </message>
    <message>
        <source>Values board; tick up to five to choose them</source>
        <translation>Değerler panosu; seçmek için en fazla beşini işaretleyin</translation>
    </message>
    <message>
        <source>Drag a card between others to move it, onto another to merge them; Ctrl+Up/Down moves it, F2 or a double-click renames it</source>
        <translation>Bir kartı taşımak için diğerlerinin arasına, birleştirmek için başka bir kartın üstüne sürükleyin; Ctrl+Yukarı/Aşağı taşır, F2 ya da çift tıklama yeniden adlandırır</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Yu&amp;karı taşı</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Aşağı &amp;taşı</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Hide the card texts on the projected board while people add theirs; show them all at once</source>
        <translation>Herkes kendi kartını eklerken yansıtılan panodaki metinleri gizle; sonra hepsini birden göster</translation>
    </message>
    <message>
        <source>&amp;Merge into</source>
        <translation>Bir&amp;leştir</translation>
    </message>
    <message>
        <source>Put this card under another that says nearly the same; both texts stay</source>
        <translation>Bu kartı neredeyse aynı şeyi söyleyen başka bir kartın altına koy; iki metin de kalır</translation>
    </message>
    <message>
        <source>Merge this value into another</source>
        <translation>Bu değeri başka bir değerle birleştir</translation>
    </message>
    <message>
        <source>Cards from p&amp;hones…</source>
        <translation>Telefonlardan &amp;kartlar…</translation>
    </message>
    <message>
        <source>Let phones on the local network add value cards to the board, anonymously</source>
        <translation>Yerel ağdaki telefonlar panoya anonim olarak değer kartı ekleyebilsin</translation>
    </message>
    <message>
        <source>Spl&amp;it off</source>
        <translation>Ay&amp;ır</translation>
    </message>
    <message>
        <source>Split this value off the one it was merged into</source>
        <translation>Bu değeri birleştirildiği değerden ayır</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>Counting the answers that support this value…</source>
        <translation>Bu değeri destekleyen yanıtlar sayılıyor…</translation>
    </message>
    <message>
        <source>Survey support appears here once the survey has enough answers to analyse.</source>
        <translation>Anket desteği, analiz için yeterli yanıt toplandığında burada görünür.</translation>
    </message>
    <message numerus="yes">
        <source>Survey support: %Ln respondent(s).</source>
        <translation>
            <numerusform>Anket desteği: %Ln katılımcı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Through the card's own words (%1, in any form): %Ln respondent(s).</source>
        <translation>
            <numerusform>Kartın kendi kelimeleriyle (%1, her biçimiyle): %Ln katılımcı.</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer uses the words of the card's name.</source>
        <translation>Hiçbir yanıt kartın adındaki kelimeleri kullanmıyor.</translation>
    </message>
    <message numerus="yes">
        <source>Through the survey evidence linked to it (%1): %Ln respondent(s).</source>
        <translation>
            <numerusform>Karta bağlanan anket kanıtıyla (%1): %Ln katılımcı.</numerusform>
        </translation>
    </message>
    <message>
        <source>On the Survey step, “Make this a value” links more words to a card.</source>
        <translation>Anket adımındaki “Değer kartı yap” bir karta başka kelimeler de bağlar.</translation>
    </message>
    <message>
        <source>Selected value</source>
        <translation>Seçili değer</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>How it makes a &amp;difference every day:</source>
        <translation>Her gün nasıl &amp;fark yaratır:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Kü&amp;me:</translation>
    </message>
    <message>
        <source>Cards with the same group name stand together</source>
        <translation>Aynı küme adını taşıyan kartlar yan yana durur</translation>
    </message>
    <message>
        <source>Group of this value</source>
        <translation>Bu değerin kümesi</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Renk:</translation>
    </message>
    <message>
        <source>No colour</source>
        <translation>Renksiz</translation>
    </message>
    <message>
        <source>Colour of the selected card on the board</source>
        <translation>Seçili kartın panodaki rengi</translation>
    </message>
</context>
<context>
    <name>CharterCoverBox</name>
    <message>
        <source>The organisation's logo</source>
        <translation>Kurumun logosu</translation>
    </message>
    <message>
        <source>PNG or JPEG pictures (*.png *.jpg *.jpeg)</source>
        <translation>PNG ya da JPEG resimler (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>The charter's accent colour</source>
        <translation>Felsefe belgesinin vurgu rengi</translation>
    </message>
    <message>
        <source>A %1 logo, %2 × %3 pixels</source>
        <translation>%1 logo, %2 × %3 piksel</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Logo yok</translation>
    </message>
    <message>
        <source>The charter's own colour</source>
        <translation>Belgenin kendi rengi</translation>
    </message>
    <message>
        <source>While you were changing the cover, another facilitator saved a different one. Keep one of the two.</source>
        <translation>Siz kapağı değiştirirken başka bir kolaylaştırıcı farklı bir kapak kaydetti. İkisinden birini tutun.</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Kapak</translation>
    </message>
    <message>
        <source>Our customer service philosophy</source>
        <translation>Müşteri hizmetleri felsefemiz</translation>
    </message>
    <message>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <source>Put the organisation's logo on the cover</source>
        <translation>Kurumun logosunu kapağa koy</translation>
    </message>
    <message>
        <source>Remove logo</source>
        <translation>Logoyu kaldır</translation>
    </message>
    <message>
        <source>Take the logo off the cover</source>
        <translation>Logoyu kapaktan kaldır</translation>
    </message>
    <message>
        <source>Accent colour…</source>
        <translation>Vurgu rengi…</translation>
    </message>
    <message>
        <source>Choose the charter's accent colour</source>
        <translation>Felsefe belgesinin vurgu rengini seç</translation>
    </message>
    <message>
        <source>Charter's own colour</source>
        <translation>Belgenin kendi rengi</translation>
    </message>
    <message>
        <source>Print the charter in its own colour</source>
        <translation>Felsefe belgesini kendi renginde bas</translation>
    </message>
    <message>
        <source>Cover preview</source>
        <translation>Kapak önizlemesi</translation>
    </message>
    <message>
        <source>The cover's band in the accent colour, with the logo in its corner</source>
        <translation>Kapağın vurgu rengindeki şeridi, köşesinde logoyla</translation>
    </message>
</context>
<context>
    <name>CharterDiffDialog</name>
    <message>
        <source>What changed in the charter</source>
        <translation>Felsefe belgesinde ne değişti</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Şundan:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>Şu&amp;na:</translation>
    </message>
    <message>
        <source>Show &amp;every line</source>
        <translation>&amp;Bütün satırları göster</translation>
    </message>
    <message>
        <source>Changes, line by line</source>
        <translation>Değişiklikler, satır satır</translation>
    </message>
    <message>
        <source>Lines taken out start with a minus sign, lines put in with a plus sign</source>
        <translation>Çıkarılan satırlar eksi, eklenen satırlar artı işaretiyle başlar</translation>
    </message>
    <message>
        <source>Version %1 (%2)</source>
        <translation>Sürüm %1 (%2)</translation>
    </message>
    <message>
        <source>The charter now</source>
        <translation>Belgenin şimdiki hâli</translation>
    </message>
    <message>
        <source>No change: the two say the same.</source>
        <translation>Değişiklik yok: ikisi aynı şeyi söylüyor.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) put in</source>
        <translation>
            <numerusform>%Ln satır eklendi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) taken out</source>
        <translation>
            <numerusform>%Ln satır çıkarıldı</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CharterPage</name>
    <message>
        <source>Updating the preview…</source>
        <translation>Önizleme güncelleniyor…</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %Ln page(s).</source>
        <translation>
            <numerusform>Önizleme: %Ln sayfa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln character(s) cannot be printed with the charter's font and appear as □ in the PDF: %1. Remove them or replace them with words.</source>
        <translation>
            <numerusform>Belgenin yazı tipiyle %Ln karakter basılamıyor ve PDF’te □ olarak görünüyor: %1. Bunları silin ya da sözcüklerle değiştirin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Right-to-left text (such as Arabic or Hebrew) is printed from left to right in the PDF. The HTML export shows it correctly.</source>
        <translation>Sağdan sola yazılan metin (Arapça ya da İbranice gibi) PDF’te soldan sağa basılır. HTML dışa aktarımı onu doğru gösterir.</translation>
    </message>
    <message>
        <source>Everything the charter needs is in place.</source>
        <translation>Felsefe belgesi için gereken her şey hazır.</translation>
    </message>
    <message>
        <source>No persona is described yet</source>
        <translation>Henüz hiçbir persona tanımlanmadı</translation>
    </message>
    <message>
        <source>The service approach is not chosen yet</source>
        <translation>Hizmet yaklaşımı henüz seçilmedi</translation>
    </message>
    <message>
        <source>No values are chosen yet</source>
        <translation>Henüz değer seçilmedi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln values are chosen; keep five or fewer</source>
        <translation>
            <numerusform>%Ln değer seçildi; en fazla beş tutun</numerusform>
        </translation>
    </message>
    <message>
        <source>The chosen values have no memorable name yet</source>
        <translation>Seçilen değerlerin henüz akılda kalan bir adı yok</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) have no one-line meaning</source>
        <translation>
            <numerusform>%Ln değerin tek satırlık anlamı yok</numerusform>
        </translation>
    </message>
    <message>
        <source>No vision is chosen yet</source>
        <translation>Henüz vizyon seçilmedi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) have unanswered questions</source>
        <translation>
            <numerusform>%Ln değerin yanıtlanmamış soruları var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) have no metrics</source>
        <translation>
            <numerusform>%Ln değerin ölçütü yok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) have no do’s and don’ts</source>
        <translation>
            <numerusform>%Ln değerin yapılacaklar ve yapılmayacaklar listesi yok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric(s) added but never named</source>
        <translation>
            <numerusform>%Ln ölçüt eklenmiş ama hiç adlandırılmamış</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Do’s and don’ts: %Ln item(s) added but never written</source>
        <translation>
            <numerusform>Yapılacaklar ve yapılmayacaklar: %Ln madde eklenmiş ama hiç yazılmamış</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln value(s) have no leader commitment</source>
        <translation>
            <numerusform>%Ln değerin lider taahhüdü yok</numerusform>
        </translation>
    </message>
    <message>
        <source>The sharing plan is empty</source>
        <translation>Paylaşım planı boş</translation>
    </message>
    <message numerus="yes">
        <source>Sharing plan: %Ln item(s) with nothing under “What”</source>
        <translation>
            <numerusform>Paylaşım planı: %Ln maddenin “Ne” sütunu boş</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sharing plan: “Other” is the only place given for %Ln item(s)</source>
        <translation>
            <numerusform>Paylaşım planı: %Ln maddede yer olarak yalnızca “Diğer” yazıyor</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Web sayfaları (*.html)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown dosyaları (*.md)</translation>
    </message>
    <message>
        <source>Export the poster</source>
        <translation>Posteri dışa aktar</translation>
    </message>
    <message>
        <source>Export the charter</source>
        <translation>Felsefe belgesini dışa aktar</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 konumuna aktarılıyor…</translation>
    </message>
    <message>
        <source>%1 poster</source>
        <translation>%1 posteri</translation>
    </message>
    <message>
        <source>%1 charter</source>
        <translation>%1 felsefe belgesi</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 kaydedildi.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Dışa aktarma başarısız oldu: %1</translation>
    </message>
    <message>
        <source>The preview is not ready yet; try again in a moment.</source>
        <translation>Önizleme henüz hazır değil; birazdan yeniden deneyin.</translation>
    </message>
    <message>
        <source>Print the charter</source>
        <translation>Felsefe belgesini yazdır</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>Yazıcı başlatılamadı.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>Yazıcıya %Ln sayfa gönderildi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Ka&amp;ğıt:</translation>
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
        <translation>Kâğıt boyutu</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Yazdı&amp;r…</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>&amp;PDF olarak aktar…</translation>
    </message>
    <message>
        <source>Export the charter as PDF</source>
        <translation>Felsefe belgesini PDF olarak aktar</translation>
    </message>
    <message>
        <source>Export p&amp;oster…</source>
        <translation>P&amp;oster aktar…</translation>
    </message>
    <message>
        <source>Export the one-page poster as PDF</source>
        <translation>Tek sayfalık posteri PDF olarak aktar</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>&amp;HTML olarak aktar…</translation>
    </message>
    <message>
        <source>Export the charter as a web page</source>
        <translation>Felsefe belgesini web sayfası olarak aktar</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>&amp;Markdown olarak aktar…</translation>
    </message>
    <message>
        <source>Export the charter as Markdown</source>
        <translation>Felsefe belgesini Markdown olarak aktar</translation>
    </message>
    <message>
        <source>Before you print</source>
        <translation>Yazdırmadan önce</translation>
    </message>
    <message>
        <source>What the charter still lacks</source>
        <translation>Felsefe belgesinde hâlâ eksik olanlar</translation>
    </message>
    <message>
        <source>Charter preview</source>
        <translation>Felsefe belgesi önizlemesi</translation>
    </message>
    <message>
        <source>Warnings about the charter</source>
        <translation>Felsefe belgesiyle ilgili uyarılar</translation>
    </message>
</context>
<context>
    <name>CharterVersionsBox</name>
    <message>
        <source>Versions</source>
        <translation>Sürümler</translation>
    </message>
    <message>
        <source>&amp;Keep as a version…</source>
        <translation>&amp;Sürüm olarak kaydet…</translation>
    </message>
    <message>
        <source>Keep the charter as it stands now as its next version, with a note of what changed</source>
        <translation>Felsefe belgesini şimdiki hâliyle, neyin değiştiğini anlatan bir notla bir sonraki sürüm olarak kaydet</translation>
    </message>
    <message>
        <source>Co&amp;mpare…</source>
        <translation>&amp;Karşılaştır…</translation>
    </message>
    <message>
        <source>See what changed between the selected version and the charter now, or another version</source>
        <translation>Seçilen sürümle belgenin şimdiki hâli ya da başka bir sürüm arasında neyin değiştiğini gör</translation>
    </message>
    <message>
        <source>Kept versions of the charter</source>
        <translation>Felsefe belgesinin kaydedilen sürümleri</translation>
    </message>
    <message>
        <source>No version kept yet. Keep the charter once the team has signed it; keep it again whenever you revise it after a check-in, so its history stays.</source>
        <translation>Henüz kaydedilmiş sürüm yok. Ekip imzaladığında belgeyi kaydedin; bir ara değerlendirmeden sonra her gözden geçirdiğinizde yeniden kaydedin ki geçmişi kalsın.</translation>
    </message>
    <message>
        <source>Changed since version %1 of %2: the charter prints as a draft of version %3.</source>
        <translation>%2 tarihli %1. sürümden bu yana değişti: belge %3. sürümün taslağı olarak basılır.</translation>
    </message>
    <message>
        <source>The charter is version %1, kept on %2.</source>
        <translation>Felsefe belgesi %1. sürüm; %2 tarihinde kaydedildi.</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Sürüm %1 · %2</translation>
    </message>
    <message>
        <source>Keep version %1</source>
        <translation>%1. sürümü kaydet</translation>
    </message>
    <message>
        <source>What changed, and why (for example: after check-in 2, the meaning of Honesty):</source>
        <translation>Ne değişti, neden? (örneğin: 2. değerlendirmeden sonra Dürüstlük değerinin anlamı):</translation>
    </message>
</context>
<context>
    <name>CoachPanel</name>
    <message>
        <source>Coach: draft %1</source>
        <translation>Koç: %1. taslak</translation>
    </message>
    <message>
        <source>Ask the room: does it say what makes your service different?</source>
        <translation>Ekibe sorun: hizmetinizi farklı kılan şeyi söylüyor mu?</translation>
    </message>
    <message>
        <source>Ask the room: would it motivate someone on a hard day?</source>
        <translation>Ekibe sorun: zor bir günde birini harekete geçirir mi?</translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s): concise.</source>
        <translation>
            <numerusform>%Ln kelime: kısa ve öz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln word(s): aim for %1 to %2 so people can remember it.</source>
        <translation>
            <numerusform>%Ln kelime: akılda kalması için %1 ile %2 arasını hedefleyin.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentence(s): one to three read best.</source>
        <translation>
            <numerusform>%Ln cümle: bir ile üç cümle en iyi okunur.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sentence is too long.</source>
        <translation>Hiçbir cümle fazla uzun değil.</translation>
    </message>
    <message numerus="yes">
        <source>The longest sentence has %Ln words; split it.</source>
        <translation>
            <numerusform>En uzun cümlede %Ln kelime var; bölün.</numerusform>
        </translation>
    </message>
    <message>
        <source>Positive wording.</source>
        <translation>Olumlu bir dil.</translation>
    </message>
    <message>
        <source>Reads as negative: %1. Say what you do rather than what you avoid.</source>
        <translation>Olumsuz okunuyor: %1. Kaçındığınızı değil, yaptığınızı söyleyin.</translation>
    </message>
    <message>
        <source>Customers are in it.</source>
        <translation>Müşteriler ifadede yer alıyor.</translation>
    </message>
    <message>
        <source>Customers are not mentioned yet.</source>
        <translation>Müşterilerden henüz söz edilmiyor.</translation>
    </message>
    <message>
        <source>Carries the staff's survey words: %1.</source>
        <translation>Çalışanların anket kelimelerini taşıyor: %1.</translation>
    </message>
    <message>
        <source>Could it use one of the staff's own survey words?</source>
        <translation>Ekibin kendi anket kelimelerinden biri de yer alabilir mi?</translation>
    </message>
    <message>
        <source>Could it carry %1 too? A vision need not name every value; say it in your own words if it fits.</source>
        <translation>Şu değerler de vizyonda yer alabilir mi: %1? Vizyonun her değeri adıyla anması gerekmez; uyuyorsa kendi sözlerinizle söyleyin.</translation>
    </message>
    <message>
        <source>Choose the values in the Values step to see whether the vision carries them.</source>
        <translation>Vizyonun değerleri taşıyıp taşımadığını görmek için Değerler adımında değerleri seçin.</translation>
    </message>
    <message>
        <source>Carries every chosen value.</source>
        <translation>Seçilen her değeri taşıyor.</translation>
    </message>
    <message>
        <source>Coaching for the draft</source>
        <translation>Taslak için koçluk</translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>Edit</source>
        <translation>Düzenleme</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Atölye bilgileri düzenlemesi</translation>
    </message>
    <message>
        <source>Set the step's timer</source>
        <translation>Adımın süresini ayarla</translation>
    </message>
    <message>
        <source>Edit vision</source>
        <translation>Vizyon düzenlemesi</translation>
    </message>
    <message>
        <source>Add a vision draft</source>
        <translation>Vizyon taslağı ekleme</translation>
    </message>
    <message>
        <source>Delete a vision draft</source>
        <translation>Vizyon taslağı silme</translation>
    </message>
    <message>
        <source>Choose the vision</source>
        <translation>Vizyonu seçme</translation>
    </message>
    <message>
        <source>Answer a question</source>
        <translation>Bir soruyu yanıtlama</translation>
    </message>
    <message>
        <source>Edit a leader commitment</source>
        <translation>Lider taahhüdü düzenlemesi</translation>
    </message>
    <message>
        <source>Add a metric</source>
        <translation>Ölçüt ekleme</translation>
    </message>
    <message>
        <source>Edit a metric</source>
        <translation>Ölçüt düzenlemesi</translation>
    </message>
    <message>
        <source>Delete a metric</source>
        <translation>Ölçüt silme</translation>
    </message>
    <message>
        <source>Add a behaviour</source>
        <translation>Davranış ekleme</translation>
    </message>
    <message>
        <source>Edit a behaviour</source>
        <translation>Davranış düzenlemesi</translation>
    </message>
    <message>
        <source>Delete a behaviour</source>
        <translation>Davranış silme</translation>
    </message>
    <message>
        <source>Add to the sharing plan</source>
        <translation>Paylaşım planına ekleme</translation>
    </message>
    <message>
        <source>Edit the sharing plan</source>
        <translation>Paylaşım planı düzenlemesi</translation>
    </message>
    <message>
        <source>Remove from the sharing plan</source>
        <translation>Paylaşım planından çıkarma</translation>
    </message>
    <message>
        <source>Add a value</source>
        <translation>Değer ekleme</translation>
    </message>
    <message>
        <source>Edit a value</source>
        <translation>Değer düzenlemesi</translation>
    </message>
    <message>
        <source>Delete a value</source>
        <translation>Değer silme</translation>
    </message>
    <message>
        <source>Move a value</source>
        <translation>Değer taşıma</translation>
    </message>
    <message>
        <source>Choose the values</source>
        <translation>Değerleri seçme</translation>
    </message>
    <message>
        <source>Merge or split value cards</source>
        <translation>Değer kartlarını birleştir ya da ayır</translation>
    </message>
    <message>
        <source>Colour a value</source>
        <translation>Değeri renklendir</translation>
    </message>
    <message>
        <source>Group a value</source>
        <translation>Değeri kümeye koy</translation>
    </message>
    <message>
        <source>Add a persona</source>
        <translation>Persona ekleme</translation>
    </message>
    <message>
        <source>Delete a persona</source>
        <translation>Persona silme</translation>
    </message>
    <message>
        <source>Edit the customer types</source>
        <translation>Müşteri tiplerini düzenle</translation>
    </message>
    <message>
        <source>Move a persona</source>
        <translation>Persona taşıma</translation>
    </message>
    <message>
        <source>Edit a persona</source>
        <translation>Persona düzenlemesi</translation>
    </message>
    <message>
        <source>Hide an answer</source>
        <translation>Yanıtı gizleme</translation>
    </message>
    <message>
        <source>Show an answer again</source>
        <translation>Yanıtı yeniden gösterme</translation>
    </message>
    <message>
        <source>Set when the survey is open</source>
        <translation>Anketin açık olacağı zamanı ayarlama</translation>
    </message>
    <message>
        <source>Ask the survey again</source>
        <translation>Anketi yeniden sor</translation>
    </message>
    <message>
        <source>Undo an analysis adjustment</source>
        <translation>Analiz ayarını geri al</translation>
    </message>
    <message>
        <source>Merge words</source>
        <translation>Kelimeleri birleştir</translation>
    </message>
    <message>
        <source>Split a word group</source>
        <translation>Kelime grubunu ayır</translation>
    </message>
    <message>
        <source>Exclude a word</source>
        <translation>Kelimeyi dışarıda bırak</translation>
    </message>
    <message>
        <source>Add a stopword</source>
        <translation>Etkisiz kelime ekle</translation>
    </message>
    <message>
        <source>Count a stopword</source>
        <translation>Etkisiz kelimeyi say</translation>
    </message>
    <message>
        <source>Rename a word</source>
        <translation>Bir kelimeyi yeniden adlandır</translation>
    </message>
    <message>
        <source>Add survey evidence to a value</source>
        <translation>Değere anket kanıtı ekle</translation>
    </message>
    <message>
        <source>Remove survey evidence from a value</source>
        <translation>Değerden anket kanıtını çıkar</translation>
    </message>
    <message>
        <source>Open a voting round</source>
        <translation>Oylama turu başlat</translation>
    </message>
    <message>
        <source>Delete a voting round</source>
        <translation>Oylama turunu sil</translation>
    </message>
    <message>
        <source>Close or reopen the voting</source>
        <translation>Oylamayı kapat ya da yeniden aç</translation>
    </message>
    <message>
        <source>Show or hide the votes</source>
        <translation>Oyları göster ya da gizle</translation>
    </message>
    <message>
        <source>Plan the check-ins</source>
        <translation>Değerlendirme buluşmalarını planla</translation>
    </message>
    <message>
        <source>Store metric readings</source>
        <translation>Ölçüm sonuçlarını kaydet</translation>
    </message>
    <message>
        <source>Move a check-in</source>
        <translation>Ara değerlendirmeyi taşı</translation>
    </message>
    <message>
        <source>Review a commitment</source>
        <translation>Bir sözü değerlendir</translation>
    </message>
    <message>
        <source>Keep the charter as a version</source>
        <translation>Felsefe belgesini sürüm olarak kaydet</translation>
    </message>
    <message>
        <source>Change the charter's logo</source>
        <translation>Felsefe belgesinin logosunu değiştir</translation>
    </message>
    <message>
        <source>Change the charter's accent colour</source>
        <translation>Felsefe belgesinin vurgu rengini değiştir</translation>
    </message>
</context>
<context>
    <name>CommentsInContext</name>
    <message>
        <source>Comments using the selected word</source>
        <translation>Seçilen kelimeyi kullanan yorumlar</translation>
    </message>
    <message>
        <source>Click a word above to read the comments that use it.</source>
        <translation>Onu kullanan yorumları okumak için yukarıdan bir kelimeye tıklayın.</translation>
    </message>
    <message>
        <source>Looking for “%1” in the comments…</source>
        <translation>Yorumlarda “%1” aranıyor…</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used in %Ln text(s) (the first 200 shown):</source>
        <translation>
            <numerusform>“%1” %Ln metinde geçiyor (ilk 200'ü gösteriliyor):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommitmentsBox</name>
    <message>
        <source>Each leader says what they did about their promise since the last meeting. Choose where it stands and note what happened or what got in the way.</source>
        <translation>Her lider, son buluşmadan bu yana verdiği söz için neler yaptığını anlatır. Sözün ne durumda olduğunu seçin; neler olduğunu ya da önüne neyin çıktığını not edin.</translation>
    </message>
    <message>
        <source>No values chosen yet: the promises are made in the Walk the talk step.</source>
        <translation>Henüz değer seçilmedi: sözler Söylediğini yap adımında verilir.</translation>
    </message>
    <message>
        <source>Leaders' commitments</source>
        <translation>Liderlerin sözleri</translation>
    </message>
    <message>
        <source>Leaders' commitments at check-in %1 (%2)</source>
        <translation>%1. ara değerlendirmede liderlerin sözleri (%2)</translation>
    </message>
    <message>
        <source>Not reviewed yet</source>
        <translation>Henüz gözden geçirilmedi</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Başlanmadı</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Sürüyor</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <source>(no promise written)</source>
        <translation>(yazılmış bir söz yok)</translation>
    </message>
    <message>
        <source>Where the promise for %1 stands</source>
        <translation>%1 için verilen sözün durumu</translation>
    </message>
    <message>
        <source>Note on the promise for %1</source>
        <translation>%1 için verilen söze dair not</translation>
    </message>
    <message>
        <source>What the leaders did, or what got in the way</source>
        <translation>Liderlerin yaptıkları ya da önlerine çıkanlar</translation>
    </message>
    <message>
        <source>While you were reviewing the promise for %1, another facilitator saved a different review. Keep one of the two.</source>
        <translation>%1 için verilen sözü siz gözden geçirirken başka bir kolaylaştırıcı farklı bir durum kaydetti. İkisinden birini tutun.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else changed this</source>
        <translation>Bunu başka biri değiştirdi</translation>
    </message>
    <message>
        <source>While you were typing, another facilitator saved a different text here. Keep one of the two; you can copy from the other before you choose.</source>
        <translation>Siz yazarken başka bir kolaylaştırıcı buraya farklı bir metin kaydetti. İkisinden birini saklayın; seçmeden önce diğerinden kopyalayabilirsiniz.</translation>
    </message>
    <message>
        <source>Their version</source>
        <translation>Onların sürümü</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Sizin sürümünüz</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>&amp;Benimkini tut</translation>
    </message>
    <message>
        <source>Use &amp;theirs</source>
        <translation>&amp;Onlarınkini kullan</translation>
    </message>
    <message>
        <source>Saved by someone else:</source>
        <translation>Başka birinin kaydettiği:</translation>
    </message>
    <message>
        <source>Yours:</source>
        <translation>Sizinki:</translation>
    </message>
</context>
<context>
    <name>CountTableModel</name>
    <message>
        <source>Phrase</source>
        <translation>Kalıp</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Kelime</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Occurrences</source>
        <translation>Kullanım sayısı</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Biçimler</translation>
    </message>
</context>
<context>
    <name>CustomerTypesBox</name>
    <message>
        <source>Customer types</source>
        <translation>Müşteri tipleri</translation>
    </message>
    <message>
        <source>The types a persona can have. Double-click or press F2 to rename one.</source>
        <translation>Bir personanın olabileceği tipler. Adını değiştirmek için çift tıklayın ya da F2'ye basın.</translation>
    </message>
    <message>
        <source>What sets this type &amp;apart:</source>
        <translation>Bu tipi &amp;farklı kılan:</translation>
    </message>
    <message>
        <source>What sets this type apart</source>
        <translation>Bu tipi farklı kılan</translation>
    </message>
    <message>
        <source>e.g. comes back often and expects to be remembered</source>
        <translation>ör. sık sık gelir ve hatırlanmayı bekler</translation>
    </message>
    <message>
        <source>Add a type</source>
        <translation>Tip ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove the selected customer type</source>
        <translation>Seçili müşteri tipini kaldır</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Yukarı</translation>
    </message>
    <message>
        <source>Move the customer type up</source>
        <translation>Müşteri tipini yukarı taşı</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Aşağı</translation>
    </message>
    <message>
        <source>Move the customer type down</source>
        <translation>Müşteri tipini aşağı taşı</translation>
    </message>
    <message>
        <source>Use a sector's types</source>
        <translation>Bir sektörün tiplerini kullan</translation>
    </message>
    <message>
        <source>Replace the list with a sector's types; types a persona has stay</source>
        <translation>Listeyi bir sektörün tipleriyle değiştir; bir personaya verilmiş tipler kalır</translation>
    </message>
</context>
<context>
    <name>CustomersPage</name>
    <message>
        <source>Reading the customer feedback…</source>
        <translation>Müşteri yorumları okunuyor…</translation>
    </message>
    <message numerus="yes">
        <source>Counting the words of %Ln comment(s)…</source>
        <translation>
            <numerusform>%Ln yorumun kelimeleri sayılıyor…</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer feedback yet. Import an export of comments (help desk tickets, NPS or CSAT survey answers, reviews) as CSV, XLSX or TXT.</source>
        <translation>Henüz müşteri yorumu yok. Yorumları içeren bir dışa aktarım dosyasını (destek talepleri, NPS ya da CSAT anket cevapları, değerlendirmeler) CSV, XLSX veya TXT olarak içe aktarın.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s) from customers</source>
        <translation>
            <numerusform>Müşterilerden %Ln yorum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>Within the filter: %Ln comment(s)</source>
        <translation>
            <numerusform>Filtrede: %Ln yorum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>too few to show their words (the survey's minimum is %Ln)</source>
        <translation>
            <numerusform>kelimelerini göstermek için çok az (anketin en az sayısı %Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>No customer feedback yet.</source>
        <translation>Henüz müşteri yorumu yok.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer comment(s)</source>
        <translation>
            <numerusform>%Ln müşteri yorumu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln comment(s)</source>
        <translation>
            <numerusform>%1: %Ln yorum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 promoters, %2 detractors</source>
        <translation>%1 tavsiye eden, %2 eleştiren</translation>
    </message>
    <message>
        <source>&amp;Import customer feedback…</source>
        <translation>Müşteri yorumlarını &amp;içe aktar…</translation>
    </message>
    <message>
        <source>Counting the customers' words</source>
        <translation>Müşterilerin kelimeleri sayılıyor</translation>
    </message>
    <message>
        <source>The comments behind a word</source>
        <translation>Bir kelimenin arkasındaki yorumlar</translation>
    </message>
</context>
<context>
    <name>DotCounter</name>
    <message>
        <source>Dots on %1: %2</source>
        <translation>%1 için nokta: %2</translation>
    </message>
    <message>
        <source>One dot fewer on %1</source>
        <translation>%1 için bir nokta eksilt</translation>
    </message>
    <message>
        <source>One dot more on %1</source>
        <translation>%1 için bir nokta ekle</translation>
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message numerus="yes">
        <source>%Ln word(s)</source>
        <translation>
            <numerusform>%Ln kelime</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sentence(s)</source>
        <translation>
            <numerusform>%Ln cümle</numerusform>
        </translation>
    </message>
    <message>
        <source>The limit of %1 characters is reached; the rest was not kept.</source>
        <translation>%1 karakter sınırına ulaşıldı; fazlası alınmadı.</translation>
    </message>
    <message>
        <source>This is our vision</source>
        <translation>Vizyonumuz bu</translation>
    </message>
    <message>
        <source>Choose draft %1 as the vision</source>
        <translation>%1. taslağı vizyon olarak seç</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Delete draft %1</source>
        <translation>%1. taslağı sil</translation>
    </message>
    <message>
        <source>Vision draft %1</source>
        <translation>Vizyon taslağı %1</translation>
    </message>
    <message>
        <source>For example: We make every customer feel heard, and we solve their problem the first time.</source>
        <translation>Örneğin: Her müşterimize dinlendiğini hissettirir, sorununu ilk seferde çözeriz.</translation>
    </message>
</context>
<context>
    <name>Encodings</name>
    <message>
        <source>Turkish (Windows-1254, Excel)</source>
        <translation>Türkçe (Windows-1254, Excel)</translation>
    </message>
    <message>
        <source>Turkish (ISO-8859-9)</source>
        <translation>Türkçe (ISO-8859-9)</translation>
    </message>
    <message>
        <source>Western European (Windows-1252, Excel)</source>
        <translation>Batı Avrupa (Windows-1252, Excel)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-1, Latin-1)</source>
        <translation>Batı Avrupa (ISO-8859-1, Latin-1)</translation>
    </message>
    <message>
        <source>Western European (ISO-8859-15)</source>
        <translation>Batı Avrupa (ISO-8859-15)</translation>
    </message>
    <message>
        <source>Turkish (DOS, code page 857)</source>
        <translation>Türkçe (DOS, kod sayfası 857)</translation>
    </message>
    <message>
        <source>Turkish (Mac OS)</source>
        <translation>Türkçe (Mac OS)</translation>
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
        <translation>Kiosktan çık</translation>
    </message>
    <message>
        <source>Facilitator PIN</source>
        <translation>Kolaylaştırıcı PIN kodu</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kurtarma kodu</translation>
    </message>
    <message>
        <source>Facilitator &amp;PIN:</source>
        <translation>Kolaylaştırıcı &amp;PIN kodu:</translation>
    </message>
    <message>
        <source>Re&amp;covery code:</source>
        <translation>&amp;Kurtarma kodu:</translation>
    </message>
    <message>
        <source>&amp;Leave kiosk</source>
        <translation>Kiosktan &amp;çık</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs. Try again in %Ln second(s), or type the recovery code shown when the kiosk started.</source>
        <translation>
            <numerusform>Çok fazla yanlış PIN girildi. %Ln saniye sonra yeniden deneyin ya da kiosk başlarken gösterilen kurtarma kodunu yazın.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrong recovery code.</source>
        <translation>Kurtarma kodu yanlış.</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN kodu yanlış.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Something went wrong with the workshop.</source>
        <translation>Atölyede bir sorun oluştu.</translation>
    </message>
    <message>
        <source>The workshop file {path} does not exist.</source>
        <translation>{path} adlı atölye dosyası bulunamadı.</translation>
    </message>
    <message>
        <source>{path} is not a Philosophy Studio workshop.</source>
        <translation>{path} bir Philosophy Studio atölyesi değil.</translation>
    </message>
    <message>
        <source>{path} was saved by a newer version of Philosophy Studio. Please update the app to open it.</source>
        <translation>{path} dosyası Philosophy Studio'nun daha yeni bir sürümüyle kaydedilmiş. Açmak için lütfen uygulamayı güncelleyin.</translation>
    </message>
    <message>
        <source>{path} already exists; choose another file name.</source>
        <translation>{path} zaten var; başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>{path} is already open in another Philosophy Studio window.</source>
        <translation>{path} başka bir Philosophy Studio penceresinde zaten açık.</translation>
    </message>
    <message>
        <source>The workshop could not be saved or read: {reason}</source>
        <translation>Atölye kaydedilemedi veya okunamadı: {reason}</translation>
    </message>
    <message>
        <source>The workshop could not be saved because the disk is full. Free some space and try again; what you typed is kept.</source>
        <translation>Disk dolu olduğu için atölye kaydedilemedi. Biraz yer açıp yeniden deneyin; yazdıklarınız korunuyor.</translation>
    </message>
    <message>
        <source>The workshop could not be saved because the file or its folder is read-only. Make it writable or save a copy elsewhere; what you typed is kept.</source>
        <translation>Dosya ya da klasörü salt okunur olduğu için atölye kaydedilemedi. Yazılabilir hâle getirin ya da başka bir yere kopyasını kaydedin; yazdıklarınız korunuyor.</translation>
    </message>
    <message>
        <source>Another program kept the workshop locked for too long. Close it and try again; what you typed is kept.</source>
        <translation>Başka bir program atölyeyi çok uzun süre kilitli tuttu. O programı kapatıp yeniden deneyin; yazdıklarınız korunuyor.</translation>
    </message>
    <message>
        <source>The team server refused the user name or password. Check them and try again.</source>
        <translation>Ekip sunucusu kullanıcı adını ya da parolayı kabul etmedi. Kontrol edip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The team server did not allow this account to set up or change the workshop tables (permission denied). Ask the server's administrator for the rights, or to connect once with an account that has them.</source>
        <translation>Ekip sunucusu bu hesabın atölye tablolarını kurmasına ya da değiştirmesine izin vermedi (izin reddedildi). Sunucu yöneticisinden bu yetkiyi isteyin ya da bir kez yetkili bir hesapla bağlanmasını rica edin.</translation>
    </message>
    <message>
        <source>The workshop file is damaged: part of it is missing or overwritten (a copy that was cut short, a disk error). Open its latest backup instead (File &gt; Backups… in the app).</source>
        <translation>Atölye dosyası bozuk: bir kısmı eksik ya da üzerine yazılmış (yarıda kesilmiş bir kopya, bir disk hatası). Bunun yerine en son yedeğini açın (uygulamada Dosya &gt; Yedekler…).</translation>
    </message>
    <message>
        <source>The disk reported an error while reading or writing the workshop: it may be full, removed or failing. Check it and try again; what you typed is kept.</source>
        <translation>Disk, atölyeyi okurken ya da yazarken bir hata bildirdi: dolu, çıkarılmış ya da arızalı olabilir. Diski denetleyip yeniden deneyin; yazdıklarınız korunuyor.</translation>
    </message>
    <message>
        <source>The workshop's database cannot be reached. Check the file or the connection to the team server and try again; what you typed is kept.</source>
        <translation>Atölyenin veritabanına ulaşılamıyor. Dosyayı ya da ekip sunucusuyla bağlantıyı kontrol edip yeniden deneyin; yazdıklarınız korunuyor.</translation>
    </message>
    <message>
        <source>Nothing was changed: the safety copy of {path} could not be made in {folder} ({reason}). Free some space or make that folder writable, then try again.</source>
        <translation>Hiçbir şey değiştirilmedi: {path} dosyasının güvenlik kopyası {folder} klasörüne alınamadı ({reason}). Biraz yer açın ya da o klasörü yazılabilir yapın, sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>{path} is a workshop file; an export never replaces one. Nothing was written; choose another file name for the export.</source>
        <translation>{path} bir atölye dosyası; dışa aktarma hiçbir zaman bir atölye dosyasının yerine yazılmaz. Hiçbir şey yazılmadı; dışa aktarma için başka bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>{path} is not an ordinary file (it is a folder, a device or another special file), and an export writes only files. Nothing was written; choose a file name.</source>
        <translation>{path} sıradan bir dosya değil (bir klasör, bir aygıt ya da başka özel bir dosya); dışa aktarma yalnızca dosyaya yazar. Hiçbir şey yazılmadı; bir dosya adı seçin.</translation>
    </message>
    <message>
        <source>{path} is not a valid workshop JSON file: {reason}</source>
        <translation>{path} geçerli bir atölye JSON dosyası değil: {reason}</translation>
    </message>
    <message>
        <source>Someone else changed this while you were editing it; choose which version to keep.</source>
        <translation>Siz düzenlerken bunu başka biri değiştirdi; hangi sürümün kalacağını seçin.</translation>
    </message>
    <message>
        <source>The charter has not changed since version {number} was kept: there is nothing new to keep.</source>
        <translation>Felsefe belgesi {number}. sürüm kaydedildiğinden beri değişmedi: kaydedilecek yeni bir şey yok.</translation>
    </message>
    <message>
        <source>There is no version {number} of the charter: {kept}.</source>
        <translation>Felsefe belgesinin {number}. sürümü yok: {kept}.</translation>
    </message>
    <message>
        <source>{reason}</source>
        <translation>{reason}</translation>
    </message>
    <message>
        <source>There is no check-in {number}: the plan has {planned}, numbered from 1 in calendar order.</source>
        <translation>{number}. ara değerlendirme yok: planda {planned} değerlendirme var, takvim sırasıyla 1'den başlayarak numaralı.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong ({detail}). Your earlier work is safe.</source>
        <translation>Beklenmeyen bir sorun oluştu ({detail}). Önceki çalışmanız güvende.</translation>
    </message>
    <message>
        <source>The file could not be used: {reason}</source>
        <translation>Dosya kullanılamadı: {reason}</translation>
    </message>
    <message>
        <source>The team name cannot be empty.</source>
        <translation>Ekip adı boş olamaz.</translation>
    </message>
    <message>
        <source>The survey must close after it opens: choose an end later than the start.</source>
        <translation>Anket açıldıktan sonra kapanmalı: başlangıçtan daha geç bir bitiş seçin.</translation>
    </message>
    <message>
        <source>Results need at least {lowest} respondents to stay anonymous.</source>
        <translation>Sonuçların anonim kalması için en az {lowest} katılımcı gerekir.</translation>
    </message>
    <message>
        <source>The results can wait for at most {highest} respondents; a team is never larger.</source>
        <translation>Sonuçlar en fazla {highest} katılımcıyı bekleyebilir; hiçbir ekip bundan büyük değildir.</translation>
    </message>
    <message>
        <source>{location} holds {count} workshops; choose one by its number (the command line's list-workshops shows them).</source>
        <translation>{location} içinde {count} atölye var; birini numarasıyla seçin (komut satırındaki list-workshops komutu numaraları gösterir).</translation>
    </message>
    <message>
        <source>The method keeps five values or fewer, so that everyone can remember and live them. Unchoose one before choosing another.</source>
        <translation>Yöntem, herkes akılda tutup yaşayabilsin diye en fazla beş değer bırakır. Başka birini seçmeden önce birinin seçimini kaldırın.</translation>
    </message>
    <message>
        <source>A value needs a name.</source>
        <translation>Bir değerin adı olmalı.</translation>
    </message>
    <message>
        <source>A card colour is written like #4285f4.</source>
        <translation>Kart rengi #4285f4 biçiminde yazılır.</translation>
    </message>
    <message>
        <source>This value is among the chosen ones; unchoose it before merging it into another.</source>
        <translation>Bu değer seçilenler arasında; başka bir değerle birleştirmeden önce seçimini kaldırın.</translation>
    </message>
    <message>
        <source>A value can be merged only into another value that is not merged itself.</source>
        <translation>Bir değer yalnızca kendisi birleştirilmemiş başka bir değerle birleştirilebilir.</translation>
    </message>
    <message>
        <source>{name} could not be read as answers. Nothing was imported.</source>
        <translation>{name} yanıt olarak okunamadı. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} is empty. Nothing was imported.</source>
        <translation>{name} boş. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} has column headings but no answers below them. Nothing was imported.</source>
        <translation>{name} sütun başlıkları içeriyor ama altlarında yanıt yok. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} is not a text file or a spreadsheet (it contains binary data). Export the answers as CSV or XLSX. Nothing was imported.</source>
        <translation>{name} bir metin dosyası ya da hesap tablosu değil (ikili veri içeriyor). Yanıtları CSV ya da XLSX olarak dışa aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} is a {kind} file, not answers. Export the answers as CSV or XLSX. Nothing was imported.</source>
        <translation>{name} bir {kind} dosyası, yanıt dosyası değil. Yanıtları CSV ya da XLSX olarak dışa aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} is an old Excel 97-2003 (.xls) workbook, which cannot be read. Save it as .xlsx or CSV in Excel and import that. Nothing was imported.</source>
        <translation>{name} eski bir Excel 97-2003 (.xls) çalışma kitabı ve okunamıyor. Excel’de .xlsx ya da CSV olarak kaydedip onu içe aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} is protected with a password. Remove the password in Excel (or save a copy as CSV) and import that. Nothing was imported.</source>
        <translation>{name} parolayla korunuyor. Excel’de parolayı kaldırın (ya da CSV olarak bir kopya kaydedin) ve onu içe aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} is not a readable XLSX workbook (it may be damaged). Nothing was imported.</source>
        <translation>{name} okunabilir bir XLSX çalışma kitabı değil (bozuk olabilir). Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} is larger than the limit of {limit} MB for answer files. Nothing was imported.</source>
        <translation>{name}, yanıt dosyaları için {limit} MB sınırından büyük. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} has more than {limit} rows below its headings, the most one import takes (a stray cell far below the answers counts too). Split the file, or delete what lies below the answers, and import it then. Nothing was imported.</source>
        <translation>{name} dosyasında başlıkların altında {limit} satırdan fazlası var; tek bir içe aktarma en çok bu kadarını alır (yanıtların çok altında unutulmuş bir hücre de sayılır). Dosyayı bölün ya da yanıtların altında kalanları silin, sonra içe aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} has cells in more than {limit} columns, far more than a survey export has (a stray cell far to the right, or not a survey). Delete the columns that are not needed and save the file again. Nothing was imported.</source>
        <translation>{name} dosyasında {limit} sütundan fazlasında hücre var; bu, bir anket dökümünde olabilecekten çok daha fazla (çok sağda unutulmuş bir hücre ya da anket olmayan bir dosya). Gerekmeyen sütunları silip dosyayı yeniden kaydedin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>The quotation mark that opens a cell on line {line} of {name} is not closed where the cell ends, so the rows after it would be read as one answer. Correct the quotation marks on that line (or export the file again) and import it then. Nothing was imported.</source>
        <translation>{name} dosyasının {line}. satırında bir hücreyi açan tırnak işareti, hücrenin bittiği yerde kapanmıyor; bu yüzden ondan sonraki satırlar tek bir yanıt gibi okunurdu. O satırdaki tırnak işaretlerini düzeltin (ya da dosyayı yeniden dışa aktarın) ve sonra içe aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} would unpack to far more data than a survey can hold (a damaged or malicious workbook). Nothing was imported.</source>
        <translation>{name} açıldığında bir anketin tutabileceğinden çok daha fazla veriye dönüşüyor (bozuk ya da kötü niyetli bir çalışma kitabı). Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} is not in UTF-8 or UTF-16; choose an encoding (for Turkish Excel files usually Windows-1254) and check the preview. Nothing was imported.</source>
        <translation>{name} UTF-8 ya da UTF-16 değil; bir kodlama seçin (Türkçe Excel dosyaları için genellikle Windows-1254) ve önizlemeyi kontrol edin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} cannot be read as {encoding}; choose another encoding. Nothing was imported.</source>
        <translation>{name}, {encoding} olarak okunamıyor; başka bir kodlama seçin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{encoding} is not an encoding this app knows.</source>
        <translation>{encoding} bu uygulamanın tanıdığı bir kodlama değil.</translation>
    </message>
    <message>
        <source>{name} has no column {column}. Its columns are: {columns}. Nothing was imported.</source>
        <translation>{name} içinde {column} sütunu yok. Sütunları: {columns}. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Column {column} identifies people (a name, e-mail, ID or time) and is never imported; choose the column with the answers.</source>
        <translation>{column} sütunu kişileri tanımlıyor (ad, e-posta, kimlik ya da zaman) ve asla içe aktarılmaz; yanıtların bulunduğu sütunu seçin.</translation>
    </message>
    <message>
        <source>The delimiter must be a comma, a semicolon or a tab.</source>
        <translation>Ayraç virgül, noktalı virgül ya da sekme olmalı.</translation>
    </message>
    <message>
        <source>{name} is larger than the limit of {limit} MB for feedback files. Export a shorter period, or only the columns needed, and import that. Nothing was imported.</source>
        <translation>{name}, geri bildirim dosyaları için konan {limit} MB sınırından büyük. Daha kısa bir dönemi ya da yalnızca gereken sütunları dışa aktarıp onu içe aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has {value} in the score column {column}, which is not a whole number from 0 to 10. Correct the score or leave the cell empty, and import the file again. Nothing was imported.</source>
        <translation>{name} dosyasının {row}. satırında, {column} puan sütununda {value} yazıyor; bu, 0 ile 10 arasında bir tam sayı değil. Puanı düzeltin ya da hücreyi boş bırakın, sonra dosyayı yeniden içe aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has the score {value}, outside the {scale} scale ({lowest} to {highest}). Correct the score, or choose the other scale, and import the file again. Nothing was imported.</source>
        <translation>{name} dosyasının {row}. satırındaki {value} puanı {scale} ölçeğinin ({lowest} ile {highest} arası) dışında. Puanı düzeltin ya da öbür ölçeği seçin, sonra dosyayı yeniden içe aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Row {row} of {name} has {value} in the date column {column}, which is not a date this app reads (such as 2024-03-31, 31.03.2024 or 31/03/2024). Correct the date or leave the cell empty, and import the file again. Nothing was imported.</source>
        <translation>{name} dosyasının {row}. satırında, {column} tarih sütununda {value} yazıyor; bu, uygulamanın okuyabildiği bir tarih değil (2024-03-31, 31.03.2024 ya da 31/03/2024 gibi). Tarihi düzeltin ya da hücreyi boş bırakın, sonra dosyayı yeniden içe aktarın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>The answer is empty; write something before sending it.</source>
        <translation>Yanıt boş; göndermeden önce bir şey yazın.</translation>
    </message>
    <message>
        <source>The survey is closed, so the answer was not stored. Please ask the facilitator.</source>
        <translation>Anket kapalı olduğu için yanıt kaydedilmedi. Lütfen kolaylaştırıcıya danışın.</translation>
    </message>
    <message>
        <source>{overlap} of the {count} answers in {name} are in the workshop already, but the file does not start with an earlier import (responses edited or deleted, or the rows sorted differently). Nothing was imported; import every row as a new respondent only if they are not the same people (import-survey --all-rows).</source>
        <translation>{name} içindeki {count} yanıtın {overlap} tanesi atölyede zaten var, ama dosya daha önceki bir içe aktarmayla başlamıyor (yanıtlar düzenlenmiş ya da silinmiş veya satırlar başka türlü sıralanmış). Hiçbir şey içe aktarılmadı; her satırı yeni bir katılımcı olarak yalnızca aynı kişiler değillerse içe aktarın (import-survey --all-rows).</translation>
    </message>
    <message>
        <source>The workshop's answers changed while {name} was previewed (another import?). Nothing was imported; look at the preview again.</source>
        <translation>{name} önizlenirken atölyenin yanıtları değişti (başka bir içe aktarma mı?). Hiçbir şey içe aktarılmadı; önizlemeye yeniden bakın.</translation>
    </message>
    <message>
        <source>Every column of {name} looks like it identifies people (names, e-mail addresses, ID numbers or times). Nothing was imported; name the column that holds the answers.</source>
        <translation>{name} içindeki her sütun kişileri tanıtıyor gibi görünüyor (adlar, e-posta adresleri, kimlik numaraları ya da zamanlar). Hiçbir şey içe aktarılmadı; yanıtların bulunduğu sütunu belirtin.</translation>
    </message>
    <message>
        <source>The chosen column of {name} holds no answers (every cell is empty). Nothing was imported.</source>
        <translation>{name} içinde seçilen sütunda yanıt yok (bütün hücreler boş). Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>The workshop has {have} visible answers; its analysis is shown from {need} on, so that no answer can be traced to a person.</source>
        <translation>Atölyede {have} görünür yanıt var; analizi, hiçbir yanıtın kimden geldiği anlaşılmasın diye {need} yanıttan itibaren gösterilir.</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text. Save it as UTF-8, or import it into a workshop first.</source>
        <translation>{name} UTF-8 metin değil. UTF-8 olarak kaydedin ya da önce bir atölyeye aktarın.</translation>
    </message>
    <message>
        <source>There are no answers to analyse.</source>
        <translation>Analiz edilecek yanıt yok.</translation>
    </message>
    <message>
        <source>Choose at least one word for this adjustment.</source>
        <translation>Bu ayar için en az bir kelime seçin.</translation>
    </message>
    <message>
        <source>The voting is closed, so the dots were not counted.</source>
        <translation>Oylama kapalı, bu yüzden noktalar sayılmadı.</translation>
    </message>
    <message>
        <source>Place at least one dot before sending.</source>
        <translation>Göndermeden önce en az bir nokta koyun.</translation>
    </message>
    <message>
        <source>Each person has {dots} dots and may put at most {per_card} on one value.</source>
        <translation>Herkesin {dots} noktası var ve bir değere en çok {per_card} nokta koyabilir.</translation>
    </message>
    <message>
        <source>This ballot form is damaged; reload it and vote again.</source>
        <translation>Bu oy formu bozulmuş; yeniden yükleyip tekrar oy verin.</translation>
    </message>
    <message>
        <source>A voting round is already open; close it before opening another.</source>
        <translation>Açık bir oylama turu zaten var; yenisini başlatmadan önce onu kapatın.</translation>
    </message>
    <message>
        <source>Give each person 1 to {most} dots, and allow at most that many on one card.</source>
        <translation>Herkese 1 ile {most} arasında nokta verin; bir karta en çok bu kadar izin verin.</translation>
    </message>
    <message>
        <source>{path} is not a whole copy of the workshop (it was cut short or is damaged), so it was not restored and nothing was changed. Choose another copy.</source>
        <translation>{path} atölyenin eksiksiz bir kopyası değil (yarıda kesilmiş ya da bozulmuş), bu yüzden geri yüklenmedi ve hiçbir şey değişmedi. Başka bir kopya seçin.</translation>
    </message>
    <message>
        <source>{name} could not be read as metric readings. Nothing was imported.</source>
        <translation>{name} ölçüm sonuçları olarak okunamadı. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} has no column of dates: give one the heading Date (or Tarih). Nothing was imported.</source>
        <translation>{name} dosyasında tarih sütunu yok: bir sütuna Tarih (ya da Date) başlığını verin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>No column of {name} is named after a metric of this workshop ({known}), and it has no Metric and Value columns. Nothing was imported.</source>
        <translation>{name} dosyasındaki sütunların hiçbiri bu çalıştayın ölçütlerinden birinin adını taşımıyor ({known}); Metrik ve Değer sütunları da yok. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} has readings of metrics this workshop does not have: {unknown}. Its metrics are: {known}. Nothing was imported.</source>
        <translation>{name} dosyasında bu çalıştayda olmayan ölçütlerin sonuçları var: {unknown}. Çalıştayın ölçütleri şunlar: {known}. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>In {name}, rows {rows} have no date that can be read; write dates as 2027-01-31 or 31.01.2027. Nothing was imported.</source>
        <translation>{name} dosyasında {rows}. satırlardaki tarihler okunamıyor; tarihleri 31.01.2027 ya da 2027-01-31 biçiminde yazın. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>In {name}, these readings are not numbers (rows {rows}): {values}. Nothing was imported.</source>
        <translation>{name} dosyasında şu sonuçlar sayı değil ({rows}. satırlar): {values}. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>In {name}, {metric} has two readings for {day} (rows {rows}). Nothing was imported.</source>
        <translation>{name} dosyasında {metric} için {day} tarihinde iki sonuç var ({rows}. satırlar). Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>More than one value has a metric named {metric}, so {name} does not say whose readings these are. Rename one of them in the Guidelines step. Nothing was imported.</source>
        <translation>Birden fazla değerin {metric} adlı bir ölçütü var; bu yüzden {name} dosyasından sonuçların hangisine ait olduğu anlaşılmıyor. Yönergeler adımında birinin adını değiştirin. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} holds no readings. Nothing was imported.</source>
        <translation>{name} dosyasında hiç ölçüm sonucu yok. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>The workshop's customer scores are {stored}, so {name} cannot be imported as {given}: one workshop's scores are all NPS (0-10) or all CSAT (1-5). Nothing was imported.</source>
        <translation>Çalıştayın müşteri puanları {stored} ölçeğinde; bu yüzden {name} {given} olarak içe aktarılamaz: bir çalıştayın puanlarının hepsi NPS (0-10) ya da hepsi CSAT (1-5) olur. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{overlap} of the {count} comments in {name} are in the workshop already, but the file does not start with an earlier import (an older or re-sorted export?). Nothing was imported; import every row as a new comment only if they are other customers' (import-feedback --all-rows).</source>
        <translation>{name} dosyasındaki {count} yorumun {overlap} tanesi çalıştayda zaten var, ama dosya daha önceki bir içe aktarmayla başlamıyor (daha eski ya da farklı sıralanmış bir dışa aktarım mı?). Hiçbir şey içe aktarılmadı; her satırı yeni bir yorum olarak yalnızca başka müşterilerin yorumlarıysa içe aktarın (import-feedback --all-rows).</translation>
    </message>
    <message>
        <source>The workshop holds no customer feedback yet; import an export of comments first.</source>
        <translation>Çalıştayda henüz müşteri geri bildirimi yok; önce yorumların bulunduğu bir dışa aktarım dosyasını içe aktarın.</translation>
    </message>
    <message>
        <source>No comment came through “{channel}”. The channels are: {known}.</source>
        <translation>“{channel}” kanalından gelen yorum yok. Kanallar: {known}.</translation>
    </message>
    <message>
        <source>Nothing was answered; choose a number for at least one value.</source>
        <translation>Hiçbir soru yanıtlanmadı; en az bir değer için bir sayı seçin.</translation>
    </message>
    <message>
        <source>A pulse answer is a number from 1 to 5.</source>
        <translation>Nabız yanıtı 1 ile 5 arasında bir sayıdır.</translation>
    </message>
    <message>
        <source>This file cannot be the charter's logo.</source>
        <translation>Bu dosya felsefe belgesinin logosu olamaz.</translation>
    </message>
    <message>
        <source>The logo file is {size} MB; the charter takes a logo of at most {limit} MB. Save it smaller (a PNG or JPEG about 1000 pixels wide is plenty) and try again.</source>
        <translation>Logo dosyası {size} MB; felsefe belgesi en çok {limit} MB'lık bir logo alır. Daha küçük kaydedip yeniden deneyin (1000 piksel kadar genişlikte bir PNG ya da JPEG fazlasıyla yeter).</translation>
    </message>
    <message>
        <source>This file is not a picture. The logo must be a PNG or JPEG file.</source>
        <translation>Bu dosya bir resim değil. Logo bir PNG ya da JPEG dosyası olmalı.</translation>
    </message>
    <message>
        <source>This is a {kind} picture; the charter takes a PNG or JPEG logo. Save it as PNG and try again.</source>
        <translation>Bu bir {kind} resmi; felsefe belgesi PNG ya da JPEG logo alır. PNG olarak kaydedip yeniden deneyin.</translation>
    </message>
    <message>
        <source>The picture is damaged or cut short, so it cannot be shown. Save it again from the program that made it and try again.</source>
        <translation>Resim bozuk ya da yarım kalmış, bu yüzden gösterilemiyor. Onu oluşturan programdan yeniden kaydedip tekrar deneyin.</translation>
    </message>
    <message>
        <source>The picture is {width} × {height} pixels; the charter takes a logo of at most {side} pixels on each side. Save it smaller and try again.</source>
        <translation>Resim {width} × {height} piksel; felsefe belgesi her kenarı en çok {side} piksel olan bir logo alır. Daha küçük kaydedip yeniden deneyin.</translation>
    </message>
    <message>
        <source>“{value}” is not a colour; write it as # and six hex digits, like #1f6feb.</source>
        <translation>“{value}” bir renk değil; # ve altı onaltılık basamakla yazın, ör. #1f6feb.</translation>
    </message>
    <message>
        <source>A customer type needs a name.</source>
        <translation>Müşteri tipinin bir adı olmalı.</translation>
    </message>
    <message>
        <source>There is already a customer type called “{name}”; give this one another name.</source>
        <translation>“{name}” adında bir müşteri tipi zaten var; buna başka bir ad verin.</translation>
    </message>
    <message>
        <source>A workshop can have at most {limit} customer types.</source>
        <translation>Bir atölyede en çok {limit} müşteri tipi olabilir.</translation>
    </message>
    <message>
        <source>“{key}” cannot be a customer type's key: use up to 32 lower-case letters, digits, - and _, each key once.</source>
        <translation>“{key}” bir müşteri tipinin anahtarı olamaz: en çok 32 küçük harf, rakam, - ve _ kullanın; her anahtar bir kez.</translation>
    </message>
    <message>
        <source>The customer type “{name}” is still the type of {personas}; give them another type before removing it.</source>
        <translation>“{name}” müşteri tipi hâlâ {personas} için seçili; kaldırmadan önce onlara başka bir tip verin.</translation>
    </message>
    <message>
        <source>The workshop has no customer type “{key}”; it may have been removed meanwhile.</source>
        <translation>Atölyede “{key}” müşteri tipi yok; bu arada kaldırılmış olabilir.</translation>
    </message>
</context>
<context>
    <name>ExamplesDialog</name>
    <message>
        <source>Apple describes its aim as giving students, teachers, creative professionals and consumers everywhere the best personal computing experience, through its own hardware, software and online services.</source>
        <translation>Apple amacını, dünyanın her yerindeki öğrencilere, öğretmenlere, yaratıcı profesyonellere ve tüketicilere kendi donanımı, yazılımı ve çevrimiçi hizmetleriyle en iyi kişisel bilgisayar deneyimini sunmak olarak tanımlar.</translation>
    </message>
    <message>
        <source>Amazon wants to be the most customer-centred company in the world: a place where people can find and discover whatever they may want to buy online, at the lowest prices it can offer.</source>
        <translation>Amazon dünyanın en müşteri odaklı şirketi olmak ister: insanların çevrimiçi almak isteyebilecekleri her şeyi bulup keşfedebildiği, sunabildiği en düşük fiyatlarla alışveriş yaptığı bir yer.</translation>
    </message>
    <message>
        <source>Universal Health Services aims for care of such quality that patients recommend it to their families, doctors prefer it for their patients, buyers choose it for their clients, staff are proud of it and investors trust it for the long term.</source>
        <translation>Universal Health Services öyle nitelikli bir bakım hedefler ki hastalar onu ailelerine önerir, hekimler hastaları için onu tercih eder, alıcılar müşterileri için onu seçer, çalışanlar onunla gurur duyar ve yatırımcılar uzun vadede ona güvenir.</translation>
    </message>
    <message>
        <source>Example vision statements</source>
        <translation>Örnek vizyon ifadeleri</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Örnekler</translation>
    </message>
    <message>
        <source>The example's text</source>
        <translation>Örneğin metni</translation>
    </message>
    <message>
        <source>Retold in our words from what each company has published; not quotations.</source>
        <translation>Her şirketin yayımladığı ifadeden kendi sözlerimizle aktarılmıştır; alıntı değildir.</translation>
    </message>
    <message>
        <source>&amp;Start a draft from it</source>
        <translation>Bundan bir &amp;taslak başlat</translation>
    </message>
</context>
<context>
    <name>ExcludedTableModel</name>
    <message>
        <source>Word</source>
        <translation>Kelime</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Neden</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Kişi</translation>
    </message>
    <message>
        <source>Forms</source>
        <translation>Biçimler</translation>
    </message>
    <message>
        <source>your stopword</source>
        <translation>sizin etkisiz kelimeniz</translation>
    </message>
    <message>
        <source>word of the question</source>
        <translation>sorunun kelimesi</translation>
    </message>
    <message>
        <source>excluded by you</source>
        <translation>sizin dışarıda bıraktığınız</translation>
    </message>
    <message>
        <source>auxiliary or light verb</source>
        <translation>yardımcı ya da hafif fiil</translation>
    </message>
</context>
<context>
    <name>ExcludedWords</name>
    <message>
        <source>Words left out of the analysis</source>
        <translation>Analizin dışında kalan kelimeler</translation>
    </message>
    <message>
        <source>These words occur in the answers but are not counted. Restore one to count it again, or name a word that should never, or always, count.</source>
        <translation>Bu kelimeler yanıtlarda geçiyor ama sayılmıyor. Yeniden saymak için birini geri alın ya da hiç sayılmaması veya her zaman sayılması gereken bir kelime yazın.</translation>
    </message>
    <message>
        <source>Count &amp;auxiliaries and light verbs</source>
        <translation>&amp;Yardımcı ve hafif fiilleri de say</translation>
    </message>
    <message>
        <source>Verbs such as olmak, etmek, vermek or be, have, make mostly carry grammar (yardım etmek, destek vermek): the word beside them says what the answer is about.</source>
        <translation>olmak, etmek, vermek ya da be, have, make gibi fiiller çoğunlukla dil bilgisini taşır (yardım etmek, destek vermek): yanıtın ne hakkında olduğunu yanlarındaki kelime söyler.</translation>
    </message>
    <message>
        <source>Count auxiliaries and light verbs</source>
        <translation>Yardımcı ve hafif fiilleri de say</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>Geri a&amp;l</translation>
    </message>
    <message>
        <source>Count the selected excluded words again</source>
        <translation>Dışarıda kalan seçili kelimeleri yeniden say</translation>
    </message>
    <message>
        <source>&amp;Word:</source>
        <translation>Keli&amp;me:</translation>
    </message>
    <message>
        <source>A word to never or always count</source>
        <translation>Hiç ya da her zaman sayılacak kelime</translation>
    </message>
    <message>
        <source>for example: bence</source>
        <translation>örneğin: bence</translation>
    </message>
    <message>
        <source>Never count</source>
        <translation>Hiç sayma</translation>
    </message>
    <message>
        <source>Never count this word</source>
        <translation>Bu kelimeyi hiç sayma</translation>
    </message>
    <message>
        <source>Always count</source>
        <translation>Her zaman say</translation>
    </message>
    <message>
        <source>Always count this word, even if it is a stopword</source>
        <translation>Bu kelimeyi, etkisiz kelime olsa bile her zaman say</translation>
    </message>
</context>
<context>
    <name>FacilitatorGuideDialog</name>
    <message>
        <source>Facilitator's guide</source>
        <translation>Kolaylaştırıcı rehberi</translation>
    </message>
    <message>
        <source>Contents of the guide</source>
        <translation>Rehberin içindekiler listesi</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Rehber sayfası</translation>
    </message>
    <message>
        <source>Planning the workshop</source>
        <translation>Atölyeyi planlamak</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Adım</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Etkinlikler</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Süre</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Gündem</translation>
    </message>
    <message>
        <source>Total, without breaks</source>
        <translation>Toplam, molalar hariç</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 sa</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 sa %2 dk</translation>
    </message>
</context>
<context>
    <name>FeedbackFiles</name>
    <message>
        <source>Import customer feedback</source>
        <translation>Müşteri yorumlarını içe aktar</translation>
    </message>
    <message>
        <source>Feedback exports (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Yorum dosyaları (*.csv *.tsv *.txt *.xlsx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Nothing new in %1: every row is in the workshop already.</source>
        <translation>Yeni bir şey yok: %1 dosyasının her satırı atölyede zaten var.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) imported from %1</source>
        <translation>
            <numerusform>%1 dosyasından %Ln satır içe aktarıldı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) were there from an earlier import</source>
        <translation>
            <numerusform>%Ln satır önceki bir içe aktarımdan zaten vardı</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln personal detail(s) replaced</source>
        <translation>
            <numerusform>%Ln kişisel bilgi silindi</numerusform>
        </translation>
    </message>
    <message>
        <source>left out: %1</source>
        <translation>alınmayan sütunlar: %1</translation>
    </message>
</context>
<context>
    <name>FeedbackFilters</name>
    <message>
        <source>All channels</source>
        <translation>Tüm kanallar</translation>
    </message>
    <message>
        <source>All months</source>
        <translation>Tüm aylar</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <source>Show the comments of one channel</source>
        <translation>Tek bir kanalın yorumlarını göster</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Ay:</translation>
    </message>
    <message>
        <source>Show the comments of one month</source>
        <translation>Tek bir ayın yorumlarını göster</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance for this step</source>
        <translation>Bu adım için yönlendirme</translation>
    </message>
</context>
<context>
    <name>GuidelinesPage</name>
    <message>
        <source>What does this value mean for our team?</source>
        <translation>Bu değer ekibimiz için ne anlama geliyor?</translation>
    </message>
    <message>
        <source>Say it in everyday words a new colleague would use on day one.</source>
        <translation>Yeni başlayan bir çalışma arkadaşının ilk gün kullanacağı gündelik sözcüklerle anlatın.</translation>
    </message>
    <message>
        <source>What happens when we apply it?</source>
        <translation>Bu değeri uyguladığımızda ne olur?</translation>
    </message>
    <message>
        <source>Describe a real conversation that goes differently because of it.</source>
        <translation>Bu değer sayesinde farklı ilerleyen gerçek bir görüşmeyi anlatın.</translation>
    </message>
    <message>
        <source>How could it be misinterpreted?</source>
        <translation>Nasıl yanlış yorumlanabilir?</translation>
    </message>
    <message>
        <source>Name the wrong ways of following it, so nobody has to guess.</source>
        <translation>Kimse tahmin etmek zorunda kalmasın diye bu değeri yanlış uygulama biçimlerini açıkça yazın.</translation>
    </message>
    <message>
        <source>How do we measure staff adherence?</source>
        <translation>Çalışanların bu değere uyumunu nasıl ölçeriz?</translation>
    </message>
    <message>
        <source>Pick a few transparent measures below; speed must not outrank the principle.</source>
        <translation>Aşağıdan birkaç şeffaf ölçüt seçin; hız, ilkenin önüne geçmemeli.</translation>
    </message>
    <message>
        <source>How will it affect our customers' experience and our relationship with them?</source>
        <translation>Müşterilerimizin deneyimini ve onlarla ilişkimizi nasıl etkileyecek?</translation>
    </message>
    <message>
        <source>Think of trust, repeat visits and what customers tell their friends.</source>
        <translation>Güveni, tekrar gelmeyi ve müşterilerin arkadaşlarına anlattıklarını düşünün.</translation>
    </message>
    <message>
        <source>Customer satisfaction (CSAT)</source>
        <translation>Müşteri memnuniyeti (CSAT)</translation>
    </message>
    <message>
        <source>Net Promoter Score (NPS)</source>
        <translation>Net Tavsiye Skoru (NPS)</translation>
    </message>
    <message>
        <source>First-contact resolution</source>
        <translation>İlk temasta çözüm</translation>
    </message>
    <message>
        <source>Customer effort score (CES)</source>
        <translation>Müşteri efor skoru (CES)</translation>
    </message>
    <message>
        <source>Quality review score</source>
        <translation>Kalite inceleme puanı</translation>
    </message>
    <message>
        <source>First response time</source>
        <translation>İlk yanıt süresi</translation>
    </message>
    <message>
        <source>Average handle time</source>
        <translation>Ortalama görüşme süresi</translation>
    </message>
    <message>
        <source>Time to resolution</source>
        <translation>Çözüme kadar geçen süre</translation>
    </message>
    <message>
        <source>%1 of %2 questions answered</source>
        <comment>a chosen value's guideline questions</comment>
        <translation>%2 sorudan %1 tanesi yanıtlandı</translation>
    </message>
    <message>
        <source>No longer among the chosen values</source>
        <translation>Artık seçilen değerler arasında değil</translation>
    </message>
    <message>
        <source>Delete the answers of %1</source>
        <translation>%1 yanıtlarını silme</translation>
    </message>
    <message>
        <source>Chosen values</source>
        <translation>Seçilen değerler</translation>
    </message>
    <message>
        <source>Choose up to five values in the Values step first; their questions appear here.</source>
        <translation>Önce Değerler adımında en fazla beş değer seçin; soruları burada görünür.</translation>
    </message>
    <message>
        <source>This value is no longer among the chosen ones. Its answers are kept until you delete them.</source>
        <translation>Bu değer artık seçilenler arasında değil. Yanıtları siz silene kadar saklanır.</translation>
    </message>
    <message>
        <source>&amp;Delete these answers</source>
        <translation>Bu yanıtları &amp;sil</translation>
    </message>
</context>
<context>
    <name>ImportAnswersDialog</name>
    <message>
        <source>Text from the clipboard</source>
        <translation>Panodan gelen metin</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>pano</translation>
    </message>
    <message>
        <source>Reading was cancelled. Nothing was imported.</source>
        <translation>Okuma iptal edildi. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Answer (one per line)</source>
        <translation>Yanıt (her satırda bir tane)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) will be imported.</source>
        <translation>
            <numerusform>%Ln yanıt içe aktarılacak.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln empty answer(s) will be skipped.</source>
        <translation>
            <numerusform>%Ln boş yanıt atlanacak.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking which rows are new…</source>
        <translation>Hangi satırların yeni olduğuna bakılıyor…</translation>
    </message>
    <message>
        <source>This column looks like names, e-mail addresses, phone or ID numbers, so its cells are not shown. Import it only if it really holds the answers.</source>
        <translation>Bu sütun adlara, e-posta adreslerine, telefon ya da kimlik numaralarına benziyor; bu yüzden hücreleri gösterilmiyor. Yalnızca gerçekten yanıtları içeriyorsa içe aktarın.</translation>
    </message>
    <message numerus="yes">
        <source>Every row of this file (%Ln row(s)) is in the workshop already, imported before: there is nothing new to import.</source>
        <translation>
            <numerusform>Bu dosyanın bütün satırları (%Ln satır) daha önce içe aktarıldı ve atölyede zaten var: içe aktarılacak yeni bir şey yok.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Already in the workshop: %Ln row(s), from an earlier import of this form; only the rows after them are new.</source>
        <translation>
            <numerusform>Atölyede zaten var: bu formun daha önceki bir içe aktarmasından %Ln satır; yalnızca onlardan sonraki satırlar yeni.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of the %2 answers are in the workshop already, but this file does not start with an earlier import (responses edited or deleted, or the rows sorted differently). Import all rows only if these are not the same people; otherwise cancel.</source>
        <translation>%2 yanıtın %1 tanesi atölyede zaten var, ama bu dosya daha önceki bir içe aktarmayla başlamıyor (yanıtlar düzenlenmiş ya da silinmiş veya satırlar başka türlü sıralanmış). Tüm satırları yalnızca bunlar aynı kişiler değilse içe aktarın; yoksa vazgeçin.</translation>
    </message>
    <message>
        <source>Import &amp;all rows</source>
        <translation>&amp;Tüm satırları içe aktar</translation>
    </message>
    <message>
        <source>The preview shows the first %1 of %2 rows.</source>
        <translation>Önizleme %2 satırın ilk %1 satırını gösteriyor.</translation>
    </message>
    <message>
        <source>Import answers</source>
        <translation>Yanıtları içe aktar</translation>
    </message>
    <message>
        <source>Answers &amp;column:</source>
        <translation>Yanıt &amp;sütunu:</translation>
    </message>
    <message>
        <source>Column that holds the answers</source>
        <translation>Yanıtları içeren sütun</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Dosya okunuyor</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>Okumayı &amp;durdur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
</context>
<context>
    <name>ImportFeedbackDialog</name>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>İçe aktarma iptal edildi. Hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Comment (one per line)</source>
        <translation>Yorum (her satırda bir tane)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(yok)</translation>
    </message>
    <message>
        <source>E-mail addresses, phone, ID, IBAN and card numbers in the comments are replaced before anything is stored, as the preview shows.</source>
        <translation>Yorumlardaki e-posta adresleri, telefon, T.C. kimlik, IBAN ve kart numaraları, önizlemede görüldüğü gibi, hiçbir şey kaydedilmeden önce silinir.</translation>
    </message>
    <message>
        <source>Import customer feedback</source>
        <translation>Müşteri yorumlarını içe aktar</translation>
    </message>
    <message>
        <source>&amp;Comments column:</source>
        <translation>&amp;Yorum sütunu:</translation>
    </message>
    <message>
        <source>Column that holds the customers' comments</source>
        <translation>Müşteri yorumlarının bulunduğu sütun</translation>
    </message>
    <message>
        <source>&amp;Score column:</source>
        <translation>&amp;Puan sütunu:</translation>
    </message>
    <message>
        <source>Column with the NPS (0-10) or CSAT (1-5) score, if any</source>
        <translation>Varsa NPS (0-10) ya da CSAT (1-5) puanının bulunduğu sütun</translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation>&amp;Tarih sütunu:</translation>
    </message>
    <message>
        <source>Column with the day of the comment, if any</source>
        <translation>Varsa yorumun gününün bulunduğu sütun</translation>
    </message>
    <message>
        <source>C&amp;hannel column:</source>
        <translation>&amp;Kanal sütunu:</translation>
    </message>
    <message>
        <source>Column with the channel (phone, e-mail, store), if any</source>
        <translation>Varsa kanalın (telefon, e-posta, mağaza) bulunduğu sütun</translation>
    </message>
    <message>
        <source>Read from the scores</source>
        <translation>Puanlardan anlaşılsın</translation>
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
        <translation>Puan ö&amp;lçeği:</translation>
    </message>
    <message>
        <source>The scale of the scores</source>
        <translation>Puanların ölçeği</translation>
    </message>
    <message>
        <source>Choose the comments column…</source>
        <translation>Yorum sütununu seçin…</translation>
    </message>
    <message>
        <source>Importing the feedback</source>
        <translation>Yorumlar içe aktarılıyor</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Durdur</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;İçe aktar</translation>
    </message>
</context>
<context>
    <name>ImportFileDialog</name>
    <message>
        <source>File: %1</source>
        <translation>Dosya: %1</translation>
    </message>
    <message>
        <source>looks like names or contact details</source>
        <translation>adlara ya da iletişim bilgilerine benziyor</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>dışarıda bırakıldı</translation>
    </message>
    <message>
        <source>Left out because they identify people (never imported, their contents not shown): %1.</source>
        <translation>Kişileri tanıttıkları için dışarıda bırakıldı (asla içe aktarılmaz, içerikleri gösterilmez): %1.</translation>
    </message>
    <message>
        <source>Not shown because their cells look like names or contact details: %1.</source>
        <translation>Hücreleri adlara ya da iletişim bilgilerine benzediği için gösterilmiyor: %1.</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodlama:</translation>
    </message>
    <message>
        <source>Choose the encoding…</source>
        <translation>Kodlamayı seçin…</translation>
    </message>
    <message>
        <source>Text encoding of the file</source>
        <translation>Dosyanın metin kodlaması</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>İlk satırların önizlemesi</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Answers longer than {limit} characters: {count}. Each is imported as its first {limit} characters.</source>
        <translation>{limit} karakterden uzun yanıtlar: {count}. Her birinin yalnızca ilk {limit} karakteri içe aktarılır.</translation>
    </message>
    <message>
        <source>Cells holding a formula that was never calculated (the file keeps no result for it): {count}. They count as empty answers; to import their results, open the file in Excel or LibreOffice, save it and import it again.</source>
        <translation>Hiç hesaplanmamış bir formül içeren hücreler (dosyada sonucu kayıtlı değil): {count}. Bunlar boş yanıt sayılır; sonuçlarını almak için dosyayı Excel'de ya da LibreOffice'te açıp kaydedin ve yeniden içe aktarın.</translation>
    </message>
</context>
<context>
    <name>InspirationPanel</name>
    <message>
        <source>Inspiration</source>
        <translation>İlham</translation>
    </message>
    <message>
        <source>Example values from well-known service principles</source>
        <translation>Tanınmış hizmet ilkelerinden örnek değerler</translation>
    </message>
    <message>
        <source>Double-click or press Enter to copy an example onto the board</source>
        <translation>Bir örneği panoya almak için çift tıklayın ya da Enter'a basın</translation>
    </message>
    <message>
        <source>Copy to the &amp;board</source>
        <translation>Panoya al ve &amp;uyarla</translation>
    </message>
</context>
<context>
    <name>JoinCard</name>
    <message>
        <source>Scan with your phone's camera to vote</source>
        <translation>Oy vermek için telefonunuzun kamerasıyla okutun</translation>
    </message>
    <message>
        <source>Scan with your phone's camera to answer the pulse</source>
        <translation>Nabız anketini yanıtlamak için telefonunuzun kamerasıyla okutun</translation>
    </message>
    <message>
        <source>QR code of the pulse link</source>
        <translation>Nabız anketi bağlantısının QR kodu</translation>
    </message>
    <message>
        <source>Scan with your phone's camera to add a value</source>
        <translation>Bir değer eklemek için telefonunuzun kamerasıyla okutun</translation>
    </message>
    <message>
        <source>QR code of the link for value cards</source>
        <translation>Değer kartları bağlantısının QR kodu</translation>
    </message>
    <message>
        <source>Scan with your phone's camera to answer</source>
        <translation>Yanıtlamak için telefonunuzun kamerasıyla okutun</translation>
    </message>
    <message>
        <source>or open %1 and type the code:</source>
        <translation>ya da %1 adresini açıp şu kodu yazın:</translation>
    </message>
    <message>
        <source>QR code of the survey link</source>
        <translation>Anket bağlantısının QR kodu</translation>
    </message>
    <message>
        <source>QR code of the voting link</source>
        <translation>Oylama bağlantısının QR kodu</translation>
    </message>
    <message>
        <source>Join code</source>
        <translation>Katılım kodu</translation>
    </message>
</context>
<context>
    <name>KeywordInContext</name>
    <message>
        <source>Answers containing the selected word</source>
        <translation>Seçilen kelimenin geçtiği yanıtlar</translation>
    </message>
    <message>
        <source>Select a word or a phrase to read the answers that use it.</source>
        <translation>Geçtiği yanıtları okumak için bir kelime ya da kalıp seçin.</translation>
    </message>
    <message>
        <source>Looking for “%1” in the answers…</source>
        <translation>“%1” yanıtlarda aranıyor…</translation>
    </message>
    <message numerus="yes">
        <source>“%1” is used in %Ln answer(s):</source>
        <translation>
            <numerusform>“%1” %Ln yanıtta geçiyor:</numerusform>
        </translation>
    </message>
    <message>
        <source>Forms: %1</source>
        <translation>Biçimleri: %1</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <source>Please write your answer first.</source>
        <translation>Lütfen önce yanıtınızı yazın.</translation>
    </message>
    <message>
        <source>Your answer could not be stored; it is still in the box. Please call the facilitator.</source>
        <translation>Yanıtınız kaydedilemedi; hâlâ kutuda duruyor. Lütfen kolaylaştırıcıyı çağırın.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Anket</translation>
    </message>
    <message>
        <source>Your answer</source>
        <translation>Yanıtınız</translation>
    </message>
    <message>
        <source>Write your answer here…</source>
        <translation>Yanıtınızı buraya yazın…</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Gönder</translation>
    </message>
    <message>
        <source>Submit your answer</source>
        <translation>Yanıtınızı gönderin</translation>
    </message>
    <message>
        <source>Your answer is anonymous: no name, time or device is stored with it, and nobody sees it on this screen after you. Ctrl+Enter also submits.</source>
        <translation>Yanıtınız anonimdir: yanıtla birlikte ad, zaman ya da cihaz bilgisi saklanmaz ve sizden sonra kimse onu bu ekranda göremez. Ctrl+Enter ile de gönderebilirsiniz.</translation>
    </message>
    <message>
        <source>Thank you! Your answer is saved.

Press any key for the next person.</source>
        <translation>Teşekkürler! Yanıtınız kaydedildi.

Sıradaki kişi için herhangi bir tuşa basın.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Teşekkürler</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>tr</translation>
    </message>
</context>
<context>
    <name>LockedWindow</name>
    <message>
        <source>This kiosk has been used %1 times, more than the %2 people expected. The facilitator will check.</source>
        <translation>Bu kiosk %1 kez kullanıldı; beklenen %2 kişiden fazla. Kolaylaştırıcı kontrol edecek.</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Kolaylaştırıcı</translation>
    </message>
    <message>
        <source>Leave the kiosk (facilitator PIN needed)</source>
        <translation>Kiosktan çık (kolaylaştırıcı PIN'i gerekir)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Team database password</source>
        <translation>Ekip veritabanı parolası</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>%1 için parola:</translation>
    </message>
    <message>
        <source>Open workshop</source>
        <translation>Atölye aç</translation>
    </message>
    <message>
        <source>Philosophy Studio workshops</source>
        <translation>Philosophy Studio atölyeleri</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Geri al</translation>
    </message>
    <message>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Geri al: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Yinele</translation>
    </message>
    <message>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Yinele: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>Some changes are not saved yet</source>
        <translation>Bazı değişiklikler henüz kaydedilmedi</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Tüm değişiklikler kaydedildi</translation>
    </message>
    <message>
        <source>No recent workshops</source>
        <translation>Son kullanılan atölye yok</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Son kullanılanlar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Dü&amp;zen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Git</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Gö&amp;rünüm</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>Your preferences could not be saved: %1</source>
        <translation>Tercihleriniz kaydedilemedi: %1</translation>
    </message>
</context>
<context>
    <name>MakeValueButton</name>
    <message>
        <source>Make this a &amp;value</source>
        <translation>Değ&amp;er kartı yap</translation>
    </message>
    <message>
        <source>Turn the selected word or phrase into a value card, or add it as evidence to a card</source>
        <translation>Seçilen kelimeyi ya da kalıbı bir değer kartına dönüştür veya bir karta kanıt olarak ekle</translation>
    </message>
    <message>
        <source>Make this a value</source>
        <translation>Değer kartı yap</translation>
    </message>
    <message>
        <source>New value card “%1”</source>
        <translation>Yeni değer kartı: “%1”</translation>
    </message>
    <message>
        <source>Add as evidence to</source>
        <translation>Kanıt olarak ekle:</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Yeniden dene</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>İleti</translation>
    </message>
</context>
<context>
    <name>MetricsBox</name>
    <message>
        <source>%1 measures speed. Keep it, but do not let it outrank the value itself: a fast answer that breaks the principle is not good service. Pair it with a quality measure and review both together.</source>
        <translation>%1 hızı ölçer. Bu ölçütü tutun ama değerin önüne geçmesine izin vermeyin: ilkeyi çiğneyen hızlı bir yanıt iyi hizmet değildir. Yanına bir kalite ölçütü koyun ve ikisini birlikte değerlendirin.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>How it is measured</source>
        <translation>Nasıl ölçülür</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Ne sıklıkla</translation>
    </message>
    <message>
        <source>Metrics for question 4</source>
        <translation>4. soru için ölçütler</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Ölçütler</translation>
    </message>
    <message>
        <source>&amp;Add a metric</source>
        <translation>Ölçüt &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Remove metric</source>
        <translation>Ölçütü &amp;kaldır</translation>
    </message>
    <message>
        <source> (speed)</source>
        <translation> (hız)</translation>
    </message>
    <message>
        <source>A metric of our own</source>
        <translation>Kendi ölçütümüz</translation>
    </message>
</context>
<context>
    <name>PersonaCard</name>
    <message>
        <source>first answer: %1</source>
        <translation>ilk yanıt: %1</translation>
    </message>
</context>
<context>
    <name>PersonaForm</name>
    <message>
        <source>Selected persona</source>
        <translation>Seçili persona</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Ad:</translation>
    </message>
    <message>
        <source>In one line:</source>
        <translation>Kısaca:</translation>
    </message>
    <message>
        <source>&amp;Segment:</source>
        <translation>Se&amp;gment:</translation>
    </message>
    <message>
        <source>Customer &amp;type:</source>
        <translation>Müşteri &amp;tipi:</translation>
    </message>
    <message>
        <source>Age, generation, context:</source>
        <translation>Yaş, kuşak, bağlam:</translation>
    </message>
    <message>
        <source>Expects support:</source>
        <translation>Beklediği destek:</translation>
    </message>
    <message>
        <source>Which hours:</source>
        <translation>Hangi saatler:</translation>
    </message>
    <message>
        <source>First answer expected within:</source>
        <translation>İlk yanıtı beklediği süre:</translation>
    </message>
    <message>
        <source>Tone:</source>
        <translation>Üslup:</translation>
    </message>
    <message>
        <source>&amp;Channels, most preferred first:</source>
        <translation>&amp;Kanallar, en çok tercih edilen önce:</translation>
    </message>
    <message>
        <source>Needs:</source>
        <translation>İhtiyaçlar:</translation>
    </message>
    <message>
        <source>Pains:</source>
        <translation>Sıkıntılar:</translation>
    </message>
    <message>
        <source>Opportunities for us:</source>
        <translation>Bizim için fırsatlar:</translation>
    </message>
    <message>
        <source>One per line</source>
        <translation>Her satıra bir tane</translation>
    </message>
    <message>
        <source>One per line, e.g. 24/7 phone line, fast shipping, trained experts, support on every channel</source>
        <translation>Her satıra bir tane; ör. 7/24 telefon hattı, hızlı kargo, eğitimli uzmanlar, her kanaldan destek</translation>
    </message>
    <message>
        <source>e.g. one hour</source>
        <translation>ör. bir saat</translation>
    </message>
    <message>
        <source>Formal</source>
        <translation>Resmî</translation>
    </message>
    <message>
        <source>Informal</source>
        <translation>Samimi</translation>
    </message>
    <message>
        <source>Prefer more</source>
        <translation>Daha çok tercih</translation>
    </message>
    <message>
        <source>Prefer less</source>
        <translation>Daha az tercih</translation>
    </message>
    <message>
        <source>Not chosen yet</source>
        <translation>Henüz seçilmedi</translation>
    </message>
</context>
<context>
    <name>PersonasPage</name>
    <message>
        <source>Consumers (B2C)</source>
        <translation>Bireysel müşteriler (B2C)</translation>
    </message>
    <message>
        <source>Businesses (B2B)</source>
        <translation>Kurumsal müşteriler (B2B)</translation>
    </message>
    <message>
        <source>Shops and online retail</source>
        <translation>Mağazalar ve çevrim içi satış</translation>
    </message>
    <message>
        <source>Utilities and public services</source>
        <translation>Enerji, su ve kamu hizmetleri</translation>
    </message>
    <message>
        <source>Business customers</source>
        <translation>Kurumsal müşteriler</translation>
    </message>
    <message>
        <source>Healthcare</source>
        <translation>Sağlık</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Eğitim</translation>
    </message>
    <message>
        <source>Public sector</source>
        <translation>Kamu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>Around the clock (24/7)</source>
        <translation>Günün her saati (7/24)</translation>
    </message>
    <message>
        <source>Business hours</source>
        <translation>Mesai saatleri</translation>
    </message>
    <message>
        <source>Other hours</source>
        <translation>Başka saatler</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Canlı sohbet</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-posta</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sosyal medya</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Görüntülü görüşme</translation>
    </message>
    <message>
        <source>Self-service (FAQ, knowledge base)</source>
        <translation>Self servis (SSS, bilgi bankası)</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Mektup</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Yüz yüze</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Yeni persona</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopya)</translation>
    </message>
    <message>
        <source>While you were editing the customer types, another facilitator saved a different list. Keep one of the two.</source>
        <translation>Siz müşteri tiplerini düzenlerken başka bir kolaylaştırıcı farklı bir liste kaydetti. İkisinden birini tutun.</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personalar</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ekle</translation>
    </message>
    <message>
        <source>Add from a &amp;template</source>
        <translation>&amp;Şablondan ekle</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Çoğalt</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Yukarı taşı</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Aşağı taşı</translation>
    </message>
    <message>
        <source>Move the persona up</source>
        <translation>Personayı yukarı taşı</translation>
    </message>
    <message>
        <source>Move the persona down</source>
        <translation>Personayı aşağı taşı</translation>
    </message>
    <message>
        <source>Add a persona for each kind of customer you serve today or want to serve.</source>
        <translation>Bugün hizmet verdiğiniz ya da vermek istediğiniz her müşteri türü için bir persona ekleyin.</translation>
    </message>
    <message>
        <source>Our approach</source>
        <translation>Yaklaşımımız</translation>
    </message>
    <message>
        <source>Problem-focused teams treat every case on its own; customer-centred teams see the person behind the case, so staff keep the customer's history and notes at hand.</source>
        <translation>Sorun odaklı ekipler her vakayı kendi içinde ele alır; müşteri merkezli ekipler vakanın ardındaki kişiyi görür, bu yüzden çalışanlar müşterinin geçmişini ve notlarını el altında tutar.</translation>
    </message>
    <message>
        <source>Problem-focused: solve each case well</source>
        <translation>Sorun odaklı: her vakayı iyi çözmek</translation>
    </message>
    <message>
        <source>Customer-centred: know the person behind every case</source>
        <translation>Müşteri merkezli: her vakanın ardındaki kişiyi tanımak</translation>
    </message>
    <message>
        <source>What this means for how we keep history and notes</source>
        <translation>Geçmişi ve notları tutma biçimimize etkisi</translation>
    </message>
    <message>
        <source>Notes on our approach</source>
        <translation>Yaklaşımımıza dair notlar</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message numerus="yes">
        <source>%Ln answer(s) so far</source>
        <translation>
            <numerusform>Şu ana kadar %Ln yanıt</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones on the same network can add value cards now. Nothing about who sent one is kept: no name, address or time.</source>
        <translation>Aynı ağdaki telefonlar artık değer kartı ekleyebilir. Kartı kimin gönderdiğine dair hiçbir şey saklanmaz: ad, adres ya da saat yok.</translation>
    </message>
    <message>
        <source>Phones on the same network can answer now. Nothing about them is recorded: no name, address or time.</source>
        <translation>Aynı ağdaki telefonlar artık yanıtlayabilir. Onlarla ilgili hiçbir şey kaydedilmez: ad, adres ya da zaman yok.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Başlatılıyor…</translation>
    </message>
    <message>
        <source>Answers from phones</source>
        <translation>Telefonlardan yanıtlar</translation>
    </message>
    <message>
        <source>&amp;Present full screen</source>
        <translation>&amp;Tam ekran sun</translation>
    </message>
    <message numerus="yes">
        <source>%Ln voter(s) so far</source>
        <translation>
            <numerusform>Şimdiye dek %Ln kişi oy verdi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln card(s) from phones so far</source>
        <translation>
            <numerusform>Şu ana kadar telefonlardan %Ln kart</numerusform>
        </translation>
    </message>
    <message>
        <source>Phones on the same network can place their dots now. Only the totals are kept: no name, address or time, and not who chose what.</source>
        <translation>Aynı ağdaki telefonlar artık noktalarını verebilir. Yalnızca toplamlar saklanır: ad, adres ya da saat yok; kimin neyi seçtiği de yok.</translation>
    </message>
    <message>
        <source>Phones on the same network can answer the pulse now. Nothing about them is recorded: no name, address or time.</source>
        <translation>Aynı ağdaki telefonlar nabız anketini şimdi yanıtlayabilir. Onlarla ilgili hiçbir şey kaydedilmez: ad, adres ya da saat yok.</translation>
    </message>
    <message>
        <source>Present the QR code and the count full screen</source>
        <translation>QR kodunu ve yanıt sayısını tam ekran göster</translation>
    </message>
    <message>
        <source>Staff pulse from phones</source>
        <translation>Telefonlardan çalışan nabzı</translation>
    </message>
    <message>
        <source>Stop taking the pulse from phones</source>
        <translation>Telefonlardan nabız yanıtı almayı durdur</translation>
    </message>
    <message>
        <source>Value cards from phones</source>
        <translation>Telefondan değer kartları</translation>
    </message>
    <message>
        <source>Stop taking cards from phones</source>
        <translation>Telefonlardan kart almayı durdur</translation>
    </message>
    <message>
        <source>Votes from phones</source>
        <translation>Telefondan oylar</translation>
    </message>
    <message>
        <source>&amp;Close the round</source>
        <translation>Turu ka&amp;pat</translation>
    </message>
    <message>
        <source>Close the voting round and stop taking dots from phones</source>
        <translation>Oylama turunu kapat ve telefonlardan nokta almayı durdur</translation>
    </message>
    <message>
        <source>Stop serving phones; the round stays open</source>
        <translation>Telefonlara sunmayı durdur; tur açık kalır</translation>
    </message>
    <message>
        <source>&amp;Close the survey</source>
        <translation>Anketi &amp;kapat</translation>
    </message>
    <message>
        <source>Close the survey and stop taking answers from phones</source>
        <translation>Anketi kapat ve telefonlardan yanıt almayı durdur</translation>
    </message>
    <message>
        <source>&amp;Stop serving phones</source>
        <translation>Telefonlara &amp;sunmayı durdur</translation>
    </message>
    <message>
        <source>Stop serving phones; the survey stays open</source>
        <translation>Telefonlara sunmayı durdur; anket açık kalır</translation>
    </message>
</context>
<context>
    <name>PhoneSurveyController</name>
    <message>
        <source>Phones cannot connect: this computer's network address could not be used (%1).</source>
        <translation>Telefonlar bağlanamıyor: bu bilgisayarın ağ adresi kullanılamadı (%1).</translation>
    </message>
</context>
<context>
    <name>PhoneVotingController</name>
    <message>
        <source>Open a voting round first; phones vote in the open round.</source>
        <translation>Önce bir oylama turu açın; telefonlar açık turda oy verir.</translation>
    </message>
</context>
<context>
    <name>PlanBox</name>
    <message>
        <source>When the team meets again</source>
        <translation>Ekip yeniden ne zaman buluşuyor?</translation>
    </message>
    <message>
        <source>Plan short meetings after the workshop to see whether the team lives its values. Double-click a date to change it.</source>
        <translation>Ekibin değerlerini yaşayıp yaşamadığını görmek için atölyeden sonra kısa toplantılar planlayın. Bir tarihi değiştirmek için üzerine çift tıklayın.</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Değerlendirme</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>Planned check-ins</source>
        <translation>Planlanan ara değerlendirmeler</translation>
    </message>
    <message>
        <source>&amp;Add a check-in</source>
        <translation>Değerlendirme &amp;ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Export to calendar…</source>
        <translation>Takvime aktar…</translation>
    </message>
    <message>
        <source>Check-in &amp;report…</source>
        <translation>Değerlendirme &amp;raporu…</translation>
    </message>
    <message>
        <source>A one- or two-page PDF for the selected check-in (or the latest one due): each value's metrics against their targets and since the meeting before, and what the leaders promised</source>
        <translation>Seçili (ya da tarihi gelmiş en son) ara değerlendirme için bir iki sayfalık PDF: her değerin ölçütleri hedefleriyle ve bir önceki buluşmayla karşılaştırmalı, liderlerin verdiği sözlerle birlikte</translation>
    </message>
    <message>
        <source>Save the check-ins as a calendar file (.ics) that Outlook, Google Calendar and others import</source>
        <translation>Ara değerlendirmeleri Outlook, Google Takvim ve benzerlerinin içe aktarabildiği bir takvim dosyası (.ics) olarak kaydet</translation>
    </message>
    <message>
        <source>Suggested: a month, a quarter and half a year from today (the workshop has no date). Change, add or remove a check-in to make the plan your own.</source>
        <translation>Öneri: bugünden bir ay, üç ay ve altı ay sonra (atölyenin tarihi yok). Planı kendinize göre yapmak için bir değerlendirmeyi değiştirin, ekleyin ya da kaldırın.</translation>
    </message>
    <message>
        <source>Suggested: a month, a quarter and half a year after the workshop. Change, add or remove a check-in to make the plan your own.</source>
        <translation>Öneri: atölyeden bir ay, üç ay ve altı ay sonra. Planı kendinize göre yapmak için bir değerlendirmeyi değiştirin, ekleyin ya da kaldırın.</translation>
    </message>
    <message>
        <source>Check-in %1</source>
        <translation>%1. değerlendirme</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) after the workshop</source>
        <translation>
            <numerusform>atölyeden %Ln gün sonra</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) before the workshop</source>
        <translation>
            <numerusform>atölyeden %Ln gün önce</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %Ln day(s)</source>
        <translation>
            <numerusform>%Ln gün içinde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s) ago</source>
        <translation>
            <numerusform>%Ln gün önce</numerusform>
        </translation>
    </message>
    <message>
        <source>While you were changing the plan, another facilitator saved a different one. Keep one of the two; the leaders' reviews stay with their check-in's day either way.</source>
        <translation>Siz planı değiştirirken başka bir kolaylaştırıcı farklı bir plan kaydetti. İkisinden birini tutun; liderlerin sözlerinin durumu her iki durumda da kendi değerlendirme gününde kalır.</translation>
    </message>
    <message>
        <source>(the suggested plan)</source>
        <translation>(önerilen plan)</translation>
    </message>
    <message>
        <source>Check-in %1: %2</source>
        <translation>%1. değerlendirme: %2</translation>
    </message>
    <message>
        <source>%1 check-in %2</source>
        <translation>%1 ara değerlendirme %2</translation>
    </message>
    <message>
        <source>Save the check-in report</source>
        <translation>Ara değerlendirme raporunu kaydet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF dosyaları (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report of check-in %1…</source>
        <translation>%1. ara değerlendirmenin raporu yazılıyor…</translation>
    </message>
    <message>
        <source>today</source>
        <translation>bugün</translation>
    </message>
    <message>
        <source>There is already a check-in on that day; the date was not changed.</source>
        <translation>O gün zaten bir değerlendirme var; tarih değiştirilmedi.</translation>
    </message>
    <message>
        <source>%1 check-ins</source>
        <translation>%1 ara değerlendirmeleri</translation>
    </message>
    <message>
        <source>Export the check-ins</source>
        <translation>Ara değerlendirmeleri dışa aktar</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Takvim dosyaları (*.ics)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>%1 konumuna aktarılıyor…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 kaydedildi.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Dışa aktarma başarısız oldu: %1</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message numerus="yes">
        <source>%Ln card(s) from phones so far</source>
        <translation>
            <numerusform>Şu ana kadar telefonlardan %Ln kart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln voter(s) so far</source>
        <translation>
            <numerusform>Şimdiye dek %Ln kişi oy verdi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s) so far</source>
        <translation>
            <numerusform>Şu ana kadar %Ln yanıt</numerusform>
        </translation>
    </message>
    <message>
        <source>Hide the &amp;results</source>
        <translation>Sonuçları &amp;gizle</translation>
    </message>
    <message>
        <source>Show the &amp;results</source>
        <translation>Sonuçları &amp;göster</translation>
    </message>
    <message>
        <source>Dots per value</source>
        <translation>Değer başına nokta</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Süre doldu</translation>
    </message>
    <message>
        <source>Time left: %1 min %2 s</source>
        <translation>Kalan süre: %1 dk %2 sn</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Duraklat</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Başlat</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Sayacı duraklat</translation>
    </message>
    <message>
        <source>Start the timer</source>
        <translation>Sayacı başlat</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Sunum</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Soru</translation>
    </message>
    <message>
        <source>What this step builds on</source>
        <translation>Bu adımın dayandığı kararlar</translation>
    </message>
    <message>
        <source>T&amp;ime (minutes):</source>
        <translation>&amp;Süre (dakika):</translation>
    </message>
    <message>
        <source>Timer length in minutes</source>
        <translation>Sayacın dakika olarak süresi</translation>
    </message>
    <message>
        <source>+1 &amp;minute</source>
        <translation>+1 da&amp;kika</translation>
    </message>
    <message>
        <source>Add one minute to the timer</source>
        <translation>Sayaca bir dakika ekle</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>Sı&amp;fırla</translation>
    </message>
    <message>
        <source>Reset the timer</source>
        <translation>Sayacı sıfırla</translation>
    </message>
    <message>
        <source>Show or hide the value cards on the board</source>
        <translation>Panodaki değer kartlarını göster ya da gizle</translation>
    </message>
    <message>
        <source>Show or hide the dots per value</source>
        <translation>Değer başına noktaları göster ya da gizle</translation>
    </message>
    <message>
        <source>Show or hide the word cloud and the top words</source>
        <translation>Sözcük bulutunu ve en sık sözcükleri göster ya da gizle</translation>
    </message>
    <message>
        <source>&amp;Leave (Esc)</source>
        <translation>&amp;Ayrıl (Esc)</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>Sunumdan ayrıl</translation>
    </message>
</context>
<context>
    <name>PulseBox</name>
    <message>
        <source>Staff answer anonymously, at the kiosk or on their phones: for each value, how well the team lived it in the last month and how well the leaders model it, with an example they saw.</source>
        <translation>Çalışanlar kioskta ya da kendi telefonlarında anonim olarak yanıtlar: her değer için ekibin onu geçen ay ne kadar yaşadığını, liderlerin ona ne kadar örnek olduğunu ve gördükleri bir örneği.</translation>
    </message>
    <message>
        <source>Pulse &amp;kiosk…</source>
        <translation>Nabız &amp;kiosku…</translation>
    </message>
    <message>
        <source>A locked full-screen form where staff answer the pulse one after another</source>
        <translation>Çalışanların nabız anketini sırayla yanıtladığı, kilitli, tam ekran bir form</translation>
    </message>
    <message>
        <source>Pulse on &amp;phones…</source>
        <translation>&amp;Telefonlarda nabız…</translation>
    </message>
    <message>
        <source>Staff scan a QR code and answer the pulse on their own phones, on the local network</source>
        <translation>Çalışanlar QR kodunu okutup nabız anketini yerel ağda kendi telefonlarından yanıtlar</translation>
    </message>
    <message>
        <source>Staff pulse</source>
        <translation>Çalışan nabzı</translation>
    </message>
    <message>
        <source>Staff pulse at check-in %1 (%2)</source>
        <translation>%1. ara değerlendirmede çalışan nabzı (%2)</translation>
    </message>
    <message>
        <source>No values chosen yet: the pulse asks about the values the team chose.</source>
        <translation>Henüz değer seçilmedi: nabız anketi ekibin seçtiği değerleri sorar.</translation>
    </message>
    <message>
        <source>%1 answered so far. The results appear once %2 have answered, so that no one's answers can be told apart: %3 more needed.</source>
        <translation>Şu ana kadar %1 kişi yanıtladı. Kimsenin yanıtı ayırt edilemesin diye sonuçlar %2 kişi yanıtladığında görünür: %3 kişi daha gerekiyor.</translation>
    </message>
    <message>
        <source>%1 answered this check-in's pulse.</source>
        <translation>Bu ara değerlendirmenin nabız anketini %1 kişi yanıtladı.</translation>
    </message>
    <message>
        <source>Fewer than %1 answered about this value: its results stay hidden.</source>
        <translation>Bu değer hakkında %1 kişiden az yanıt var: sonuçları gizli kalır.</translation>
    </message>
    <message>
        <source>Lived it</source>
        <translation>Yaşadık</translation>
    </message>
    <message>
        <source>Leaders model it</source>
        <translation>Liderler örnek oluyor</translation>
    </message>
    <message>
        <source>%1 for %2: 1 to 5 chosen %3 times</source>
        <translation>%2 için %1: 1'den 5'e kadar seçilme sayıları %3</translation>
    </message>
    <message>
        <source>Words more than one person used: %1</source>
        <translation>Birden fazla kişinin kullandığı kelimeler: %1</translation>
    </message>
    <message>
        <source>No one chose a number.</source>
        <translation>Kimse bir sayı seçmedi.</translation>
    </message>
    <message>
        <source>mean %1 · %2% chose 4 or 5</source>
        <translation>ortalama %1 · 4 ya da 5 seçenler: %%2</translation>
    </message>
    <message>
        <source>%1 since the check-in before</source>
        <translation>önceki ara değerlendirmeden bu yana %1</translation>
    </message>
</context>
<context>
    <name>PulseKioskWindow</name>
    <message>
        <source>Choose a number for at least one value first.</source>
        <translation>Önce en az bir değer için bir sayı seçin.</translation>
    </message>
    <message>
        <source>Your answers could not be stored; they are still on the form. Please call the facilitator.</source>
        <translation>Yanıtlarınız kaydedilemedi; hâlâ formda duruyor. Lütfen kolaylaştırıcıyı çağırın.</translation>
    </message>
    <message>
        <source>Staff pulse</source>
        <translation>Çalışan nabzı</translation>
    </message>
    <message>
        <source>Check-in %1: how are we doing with our values?</source>
        <translation>%1. ara değerlendirme: değerlerimizi ne kadar yaşıyoruz?</translation>
    </message>
    <message>
        <source>How well did we live this value in the last month?</source>
        <translation>Bu değeri geçen ay ne kadar yaşadık?</translation>
    </message>
    <message>
        <source>How well do our leaders model it?</source>
        <translation>Liderlerimiz bu değere ne kadar örnek oluyor?</translation>
    </message>
    <message>
        <source>(1 = not at all, 5 = fully)</source>
        <translation>(1 = hiç, 5 = tamamen)</translation>
    </message>
    <message>
        <source>An example you saw (optional)</source>
        <translation>Gördüğünüz bir örnek (isteğe bağlı)</translation>
    </message>
    <message>
        <source>&amp;Send my answers</source>
        <translation>Yanıtlarımı &amp;gönder</translation>
    </message>
    <message>
        <source>Send my answers</source>
        <translation>Yanıtlarımı gönder</translation>
    </message>
    <message>
        <source>Anonymous: no name, time or device is stored with your answers, and the results are shown only when enough people have answered. Skip what you cannot judge.</source>
        <translation>Anonimdir: yanıtlarınızla birlikte ad, saat ya da cihaz saklanmaz ve sonuçlar yalnızca yeterli sayıda kişi yanıtladığında gösterilir. Değerlendiremediğiniz soruyu boş bırakın.</translation>
    </message>
    <message>
        <source>Thank you! Your answers are saved.

Press any key for the next person.</source>
        <translation>Teşekkürler! Yanıtlarınız kaydedildi.

Sıradaki kişi için bir tuşa basın.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Teşekkürler</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>Example: </source>
        <translation>Örnek: </translation>
    </message>
    <message>
        <source>Example, written for a value such as %1: </source>
        <translation>Örnek (%1 gibi bir değer için yazıldı): </translation>
    </message>
    <message>
        <source>Show an example answer</source>
        <translation>Örnek bir yanıt göster</translation>
    </message>
</context>
<context>
    <name>QuestionWordsSwitch</name>
    <message>
        <source>Count the &amp;question's own words</source>
        <translation>Sorunun ke&amp;ndi kelimelerini de say</translation>
    </message>
    <message>
        <source>Words of the survey question (such as customer or service) appear in most answers because the question put them there. They are left out unless you tick this.</source>
        <translation>Anket sorusundaki kelimeler (müşteri, hizmet gibi) soru onları hatırlattığı için çoğu yanıtta geçer. Bunu işaretlemezseniz sayılmazlar.</translation>
    </message>
    <message>
        <source>Count the question's own words</source>
        <translation>Sorunun kendi kelimelerini de say</translation>
    </message>
</context>
<context>
    <name>Questions</name>
    <message>
        <source>Replace the file?</source>
        <translation>Dosya değiştirilsin mi?</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it with the export?</source>
        <translation>%1 zaten var. Yerine dışa aktarılan dosya yazılsın mı?</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Değişiklikler kaydedilmedi</translation>
    </message>
    <message>
        <source>Some of your changes could not be saved, and closing now loses them. Free some space or reconnect, then press Retry in the message at the top. Close anyway?</source>
        <translation>Bazı değişiklikleriniz kaydedilemedi; şimdi kapatırsanız kaybolurlar. Biraz yer açın ya da bağlantıyı yeniden kurun, sonra üstteki iletide Yeniden dene'ye basın. Yine de kapatılsın mı?</translation>
    </message>
</context>
<context>
    <name>ReadingsBox</name>
    <message>
        <source>Metrics against their targets</source>
        <translation>Ölçütler ve hedefleri</translation>
    </message>
    <message>
        <source>The metrics the Guidelines step chose for each value. Enter a reading at each check-in, or import them from your reporting tool's export, and see which way each one moves.</source>
        <translation>Yönergeler adımında her değer için seçilen ölçütler. Her ara değerlendirmede bir ölçüm girin ya da raporlama aracınızın dışa aktardığı dosyadan içe aktarın ve her birinin hangi yöne gittiğini görün.</translation>
    </message>
    <message>
        <source>No metrics yet. Choose up to five values and give each a metric with a target in the Guidelines step; their readings are entered here.</source>
        <translation>Henüz ölçüt yok. En fazla beş değer seçin ve Yönergeler adımında her birine hedefli bir ölçüt verin; ölçümleri buraya girilir.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Ölçüt</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Hedef</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Son</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Değişim</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Metrics and where they stand</source>
        <translation>Ölçütler ve durumları</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Gün</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Ölçüm</translation>
    </message>
    <message>
        <source>Readings of the chosen metric</source>
        <translation>Seçili ölçütün ölçümleri</translation>
    </message>
    <message>
        <source>Trend of the chosen metric</source>
        <translation>Seçili ölçütün gidişatı</translation>
    </message>
    <message>
        <source>Remove reading</source>
        <translation>Ölçümü kaldır</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Gün:</translation>
    </message>
    <message>
        <source>Rea&amp;ding:</source>
        <translation>Ö&amp;lçüm:</translation>
    </message>
    <message>
        <source>e.g. 74 or 4.5</source>
        <translation>ör. 74 ya da 4,5</translation>
    </message>
    <message>
        <source>Day of the reading</source>
        <translation>Ölçümün günü</translation>
    </message>
    <message>
        <source>Add reading</source>
        <translation>Ölçüm ekle</translation>
    </message>
    <message>
        <source>&amp;Import readings…</source>
        <translation>Ölçümleri &amp;içe aktar…</translation>
    </message>
    <message>
        <source>A CSV, Excel or text file with a date column and a column per metric, or one row per reading (date, metric, value)</source>
        <translation>Bir tarih sütunu ve her ölçüt için bir sütun içeren ya da her ölçüm için bir satır (tarih, ölçüt, değer) içeren bir CSV, Excel veya metin dosyası</translation>
    </message>
    <message>
        <source>This metric measures speed. Read it beside a measure of quality: a fast answer that breaks the value is not progress.</source>
        <translation>Bu ölçüt hızı ölçüyor. Onu bir kalite ölçütüyle birlikte okuyun: Değeri çiğneyen hızlı bir cevap ilerleme değildir.</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Hedef: %1</translation>
    </message>
    <message>
        <source>No readings yet. Add the first one below, or import them.</source>
        <translation>Henüz ölçüm yok. İlkini aşağıdan ekleyin ya da içe aktarın.</translation>
    </message>
    <message>
        <source>%1 (waiting for Retry)</source>
        <translation>%1 (Yeniden dene bekleniyor)</translation>
    </message>
    <message>
        <source>No reading yet</source>
        <translation>Henüz ölçüm yok</translation>
    </message>
    <message>
        <source>No number in the target</source>
        <translation>Hedefte sayı yok</translation>
    </message>
    <message>
        <source>On target</source>
        <translation>Hedefte</translation>
    </message>
    <message>
        <source>Not yet on target</source>
        <translation>Henüz hedefte değil</translation>
    </message>
    <message>
        <source>%1, improving</source>
        <translation>%1, iyileşiyor</translation>
    </message>
    <message>
        <source>%1, slipping</source>
        <translation>%1, geriliyor</translation>
    </message>
    <message>
        <source>“%1” is not a number. Type the reading as a number, e.g. 74 or 4.5.</source>
        <translation>“%1” bir sayı değil. Ölçümü sayı olarak yazın, ör. 74 ya da 4,5.</translation>
    </message>
    <message>
        <source>The reading of %1 replaced the one stored for that day.</source>
        <translation>%1 ölçümü, o gün için kayıtlı olanın yerini aldı.</translation>
    </message>
    <message>
        <source>Import metric readings</source>
        <translation>Ölçümleri içe aktar</translation>
    </message>
    <message>
        <source>Tables (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Tablolar (*.csv *.tsv *.txt *.xlsx);;Tüm dosyalar (*)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 okunuyor…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln reading(s) from %1</source>
        <translation>
            <numerusform>%1 dosyasından %Ln ölçüm</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln metric(s)</source>
        <translation>
            <numerusform>%Ln ölçüt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln replaced a reading of the same day</source>
        <translation>
            <numerusform>%Ln ölçüm aynı günün ölçümünün yerini aldı</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Hiçbir şey içe aktarılmadı: %1</translation>
    </message>
</context>
<context>
    <name>RemoveTypeDialog</name>
    <message>
        <source>Remove a customer type</source>
        <translation>Müşteri tipini kaldır</translation>
    </message>
    <message numerus="yes">
        <source>“{type}” is the customer type of %Ln persona(s): {personas}. What should they have once it is removed?</source>
        <translation>
            <numerusform>“{type}”, %Ln personanın müşteri tipi: {personas}. Bu tip kaldırılınca yerine ne verilsin?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Another customer type:</source>
        <translation>&amp;Başka bir müşteri tipi:</translation>
    </message>
    <message>
        <source>The customer type they get</source>
        <translation>Verilecek müşteri tipi</translation>
    </message>
    <message>
        <source>&amp;No customer type</source>
        <translation>Müşteri tipi &amp;olmasın</translation>
    </message>
    <message>
        <source>&amp;Remove the type</source>
        <translation>Tipi &amp;kaldır</translation>
    </message>
</context>
<context>
    <name>SatisfactionBox</name>
    <message>
        <source>How satisfied customers are</source>
        <translation>Müşteriler ne kadar memnun?</translation>
    </message>
    <message>
        <source>Satisfaction by channel and by month</source>
        <translation>Kanala ve aya göre memnuniyet</translation>
    </message>
    <message>
        <source>Channel or month</source>
        <translation>Kanal ya da ay</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puan</translation>
    </message>
    <message>
        <source>Scored comments</source>
        <translation>Puanlı yorumlar</translation>
    </message>
    <message>
        <source>The comments have no scores: there is no NPS or CSAT to show.</source>
        <translation>Yorumların puanı yok: gösterilecek bir NPS ya da CSAT değeri yok.</translation>
    </message>
    <message>
        <source>No comment within the filter has a score.</source>
        <translation>Filtredeki yorumların hiçbirinin puanı yok.</translation>
    </message>
    <message numerus="yes">
        <source>NPS %1 from %Ln scored comment(s)</source>
        <translation>
            <numerusform>NPS %1 (%Ln puanlı yorumdan)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 % promoters (9–10), %2 % detractors (0–6)</source>
        <translation>%%1 tavsiye eden (9–10), %%2 eleştiren (0–6)</translation>
    </message>
    <message numerus="yes">
        <source>CSAT %1 from %Ln scored comment(s)</source>
        <translation>
            <numerusform>CSAT %1 (%Ln puanlı yorumdan)</numerusform>
        </translation>
    </message>
    <message>
        <source>satisfied: 4 or 5 of 5; the mean score is %1</source>
        <translation>memnun: 5 üzerinden 4 ya da 5; ortalama puan %1</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <source>hidden</source>
        <translation>gizli</translation>
    </message>
    <message>
        <source>Chosen, %1 of %2: %3</source>
        <translation>Seçilen, %1/%2: %3</translation>
    </message>
    <message>
        <source>Initials: %1</source>
        <translation>Baş harfler: %1</translation>
    </message>
    <message>
        <source>Candidates ranked by their dots, once you show the votes, then by the number of survey respondents whose answers use the value's words. Tick five or fewer; the order you tick them in is the order of the charter.</source>
        <translation>Adaylar, oyları gösterdiğinizde aldıkları noktalara, ardından yanıtlarında değerin sözcüklerini kullanan anket katılımcılarının sayısına göre sıralanır. Beş ya da daha azını işaretleyin; işaretleme sıranız felsefe belgesindeki sıradır.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Değer</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Nokta</translation>
    </message>
    <message>
        <source>Respondents</source>
        <translation>Katılımcı</translation>
    </message>
    <message>
        <source>Merged into it</source>
        <translation>İçine birleştirilenler</translation>
    </message>
    <message>
        <source>Ea&amp;rlier</source>
        <translation>Ö&amp;ne al</translation>
    </message>
    <message>
        <source>La&amp;ter</source>
        <translation>&amp;Arkaya al</translation>
    </message>
    <message>
        <source>Move the selected chosen value earlier in the charter</source>
        <translation>Seçili değeri felsefe belgesinde bir sıra öne alır</translation>
    </message>
    <message>
        <source>Move the selected chosen value later in the charter</source>
        <translation>Seçili değeri felsefe belgesinde bir sıra geriye alır</translation>
    </message>
    <message>
        <source>Candidate values, ranked; tick up to five to choose them</source>
        <translation>Sıralı aday değerler; seçmek için en çok beşini işaretleyin</translation>
    </message>
    <message>
        <source>Name of the &amp;set:</source>
        <translation>Değer setinin a&amp;dı:</translation>
    </message>
    <message>
        <source>A name people remember, like 5R</source>
        <translation>Akılda kalan bir ad, örneğin 5R</translation>
    </message>
    <message>
        <source>Name of the value set</source>
        <translation>Değer setinin adı</translation>
    </message>
</context>
<context>
    <name>ServiceLinkRow</name>
    <message>
        <source>QR &amp;code…</source>
        <translation>&amp;QR kodu…</translation>
    </message>
    <message>
        <source>Show the survey service's QR code and join code, to project or print</source>
        <translation>Anket hizmetinin QR kodunu ve katılım kodunu perdeye yansıtmak ya da yazdırmak için göster</translation>
    </message>
    <message>
        <source>The survey service serves the staff pulse at %1 (join at %2 with code %3).</source>
        <translation>Anket hizmeti çalışan nabzını %1 adresinde sunuyor (%2 adresinden %3 koduyla katılınır).</translation>
    </message>
    <message>
        <source>Answer the staff pulse on your phone</source>
        <translation>Çalışan nabzını telefonunuzdan yanıtlayın</translation>
    </message>
    <message>
        <source>The survey service serves this survey at %1 (join at %2 with code %3).</source>
        <translation>Anket hizmeti bu anketi %1 adresinde sunuyor (%2 adresinden %3 koduyla katılınır).</translation>
    </message>
    <message>
        <source>Answer the survey on your phone</source>
        <translation>Anketi telefonunuzdan yanıtlayın</translation>
    </message>
</context>
<context>
    <name>SetPinDialog</name>
    <message>
        <source>Start the kiosk</source>
        <translation>Kiosku başlat</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Yeni PIN kodu</translation>
    </message>
    <message>
        <source>Repeat the PIN</source>
        <translation>PIN kodunu tekrarlayın</translation>
    </message>
    <message>
        <source>Start the voting kiosk</source>
        <translation>Oylama kioskunu başlat</translation>
    </message>
    <message>
        <source>Staff will place their dots on this screen one after another.</source>
        <translation>Çalışanlar bu ekranda sırayla noktalarını verecek.</translation>
    </message>
    <message>
        <source>Staff will answer on this screen one after another.</source>
        <translation>Çalışanlar bu ekranda sırayla yanıt verecek.</translation>
    </message>
    <message>
        <source>Without this PIN the kiosk cannot be closed from its own screen, and the app's other windows stay hidden. Choose %1 to %2 digits and keep them to yourself. In a public place, also use your computer's kiosk mode: keyboard shortcuts of the operating system can still reach other programs.</source>
        <translation>Bu PIN olmadan kiosk kendi ekranından kapatılamaz ve uygulamanın diğer pencereleri gizli kalır. %1 ile %2 arasında rakam seçin ve kimseyle paylaşmayın. Herkese açık bir yerde bilgisayarınızın kiosk modunu da kullanın: işletim sisteminin klavye kısayolları yine de başka programlara ulaşabilir.</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>belirtilmedi</translation>
    </message>
    <message>
        <source>People expected at the kiosk</source>
        <translation>Kioskta beklenen kişi sayısı</translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation>Kurtarma kodu</translation>
    </message>
    <message>
        <source>Write this recovery code down now: it is shown only here. If wrong PINs typed at the kiosk make it refuse your PIN for a while, the code leaves the kiosk at once.</source>
        <translation>Bu kurtarma kodunu şimdi bir yere yazın; yalnızca burada gösterilir. Kioskta girilen yanlış PIN'ler yüzünden kiosk PIN'inizi bir süre kabul etmezse bu kodla kiosktan hemen çıkabilirsiniz.</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN kodu:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Tekrar:</translation>
    </message>
    <message>
        <source>People &amp;expected:</source>
        <translation>&amp;Beklenen kişi:</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Kurtarma kodu:</translation>
    </message>
    <message>
        <source>&amp;Start kiosk</source>
        <translation>Kiosku &amp;başlat</translation>
    </message>
    <message>
        <source>The PIN must have %1 to %2 digits.</source>
        <translation>PIN kodu %1 ile %2 haneli olmalı.</translation>
    </message>
    <message>
        <source>The two PINs differ; type the same PIN twice.</source>
        <translation>İki PIN kodu farklı; aynı kodu iki kez yazın.</translation>
    </message>
</context>
<context>
    <name>SharePage</name>
    <message>
        <source>Customer interactions</source>
        <translation>Müşteriyle her temas</translation>
    </message>
    <message>
        <source>Advertising</source>
        <translation>Reklam</translation>
    </message>
    <message>
        <source>Website and platforms</source>
        <translation>Web sitesi ve platformlar</translation>
    </message>
    <message>
        <source>Word of mouth</source>
        <translation>Ağızdan ağıza</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>How leaders model %1</source>
        <translation>Liderler %1 değerini nasıl yaşatır</translation>
    </message>
    <message>
        <source>Walk the talk: how leaders model each value</source>
        <translation>Söylediğini yap: liderler her değeri nasıl örnekler</translation>
    </message>
    <message>
        <source>A team adopts what its leads do, not what they say. For each value, write what the leads will do inside the team so that staff see it lived.</source>
        <translation>Ekip, liderlerinin söylediğini değil yaptığını benimser. Her değer için, çalışanların onu yaşanırken görmesi adına liderlerin ekip içinde ne yapacağını yazın.</translation>
    </message>
    <message>
        <source>Choose the values in the Values step first.</source>
        <translation>Önce Değerler adımında değerleri seçin.</translation>
    </message>
    <message>
        <source>Sharing plan</source>
        <translation>Paylaşım planı</translation>
    </message>
    <message>
        <source>Where the philosophy becomes visible: what is shared, who takes care of it, and by when.</source>
        <translation>Felsefenin görünür olacağı yerler: ne paylaşılacak, kim üstlenecek ve ne zamana kadar.</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Nerede</translation>
    </message>
    <message>
        <source>How will the leads live “%1” inside the team? Write one thing they will do.</source>
        <translation>Liderler “%1” değerini ekibin içinde nasıl yaşayacak? Yapacakları somut bir şey yazın.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Ne</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kim</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ne zaman</translation>
    </message>
    <message>
        <source>&amp;Add to the plan</source>
        <translation>Plana &amp;ekle</translation>
    </message>
    <message>
        <source>&amp;Remove from the plan</source>
        <translation>Plandan &amp;çıkar</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>İşlem</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tuşlar</translation>
    </message>
    <message>
        <source>In lists and forms, Tab moves between controls, and arrow keys move within a list.</source>
        <translation>Liste ve formlarda Sekme tuşu denetimler arasında, ok tuşları bir listenin içinde gezinir.</translation>
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
        <translation>Neredeyse aynı şeyi söyleyen kartlar</translation>
    </message>
    <message>
        <source>Pairs of similar cards, suggested for merging</source>
        <translation>Birleştirilmesi önerilen benzer kart çiftleri</translation>
    </message>
    <message>
        <source>Merge the pai&amp;r</source>
        <translation>&amp;Bu ikisini birleştir</translation>
    </message>
    <message>
        <source>Merge the second card into the first; Split off undoes it</source>
        <translation>İkinci kartı birincisiyle birleştir; Ayır bunu geri alır</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Save the new workshop as</source>
        <translation>Yeni atölyeyi kaydet</translation>
    </message>
    <message>
        <source>Philosophy Studio workshops</source>
        <translation>Philosophy Studio atölyeleri</translation>
    </message>
    <message>
        <source>Philosophy Studio</source>
        <translation>Philosophy Studio</translation>
    </message>
    <message>
        <source>Lead your team from personas and values to a vision and a printed customer-service philosophy charter.</source>
        <translation>Ekibinizi personalardan ve değerlerden bir vizyona ve basılı bir müşteri hizmetleri felsefe belgesine taşıyın.</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Yeni atölye</translation>
    </message>
    <message>
        <source>&amp;Team name:</source>
        <translation>&amp;Ekip adı:</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>K&amp;urum:</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator:</source>
        <translation>&amp;Kolaylaştırıcı:</translation>
    </message>
    <message>
        <source>Locat&amp;ion:</source>
        <translation>Kayıt yer&amp;i:</translation>
    </message>
    <message>
        <source>O&amp;pen workshop file…</source>
        <translation>Atölye dosyası &amp;aç…</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tarih:</translation>
    </message>
    <message>
        <source>Workshop &amp;language:</source>
        <translation>Atölye di&amp;li:</translation>
    </message>
    <message>
        <source>e.g. Support Team Ankara</source>
        <translation>ör. Destek Ekibi Ankara</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Gözat…</translation>
    </message>
    <message>
        <source>Choose where to save the new workshop</source>
        <translation>Yeni atölyenin kaydedileceği yeri seçin</translation>
    </message>
    <message>
        <source>&amp;Create workshop</source>
        <translation>Atölye &amp;oluştur</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Atölye aç</translation>
    </message>
    <message>
        <source>&amp;Recent workshops:</source>
        <translation>&amp;Son atölyeler:</translation>
    </message>
    <message>
        <source>Recent workshops</source>
        <translation>Son atölyeler</translation>
    </message>
    <message>
        <source>Workshops you open appear here.</source>
        <translation>Açtığınız atölyeler burada görünür.</translation>
    </message>
    <message>
        <source>Demo workshop</source>
        <translation>Örnek atölye</translation>
    </message>
    <message>
        <source>See a complete run of the method with sample data. Each click opens a fresh copy you can change freely.</source>
        <translation>Yöntemin baştan sona uygulanışını örnek verilerle görün. Her tıklama, dilediğiniz gibi değiştirebileceğiniz yeni bir kopya açar.</translation>
    </message>
    <message>
        <source>Demo in Turkish</source>
        <translation>Türkçe örnek</translation>
    </message>
    <message>
        <source>Demo in English</source>
        <translation>İngilizce örnek</translation>
    </message>
    <message>
        <source>The method step by step</source>
        <translation>Adım adım yöntem</translation>
    </message>
    <message>
        <source>who your customers are and what they expect from support</source>
        <translation>müşterilerinizin kim olduğu ve destekten ne beklediği</translation>
    </message>
    <message>
        <source>a long list of values, narrowed by discussion and dot voting</source>
        <translation>uzun bir değer listesi, tartışma ve nokta oylamasıyla daraltılır</translation>
    </message>
    <message>
        <source>every staff member answers one question anonymously; recurring words point to values</source>
        <translation>her çalışan tek bir soruyu anonim olarak yanıtlar; sık geçen kelimeler değerlere işaret eder</translation>
    </message>
    <message>
        <source>one or two bold, clear sentences about the service you give</source>
        <translation>verdiğiniz hizmeti anlatan bir iki cesur ve açık cümle</translation>
    </message>
    <message>
        <source>five questions for each of up to five values, with metrics</source>
        <translation>en fazla beş değerin her biri için beş soru ve ölçütler</translation>
    </message>
    <message>
        <source>how leaders live the values, and where the philosophy is shared</source>
        <translation>liderlerin değerleri nasıl yaşayacağı ve felsefenin nerede paylaşılacağı</translation>
    </message>
    <message>
        <source>the printed result for the wall and the handbook</source>
        <translation>duvara asılacak ve el kitabına girecek basılı sonuç</translation>
    </message>
    <message>
        <source>afterwards: meeting again, the metrics against their targets</source>
        <translation>sonrasında: yeniden buluşmak, ölçütleri hedefleriyle karşılaştırmak</translation>
    </message>
    <message>
        <source>optional: customers' own words beside the values, from their feedback</source>
        <translation>isteğe bağlı: müşterilerin kendi sözleri, yorumlarından, değerlerin yanında</translation>
    </message>
    <message>
        <source>&amp;Continue “%1” at %2</source>
        <translation>“%1” atölyesine &amp;devam et: %2</translation>
    </message>
</context>
<context>
    <name>StepNavigator</name>
    <message>
        <source>Workshop steps</source>
        <translation>Atölye adımları</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>tamamlandı</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>isteğe bağlı</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <comment>parts of a step that are finished, out of all its parts</comment>
        <translation>%1/%2 tamamlandı</translation>
    </message>
    <message>
        <source>not complete yet</source>
        <translation>henüz tamamlanmadı</translation>
    </message>
    <message>
        <source>%1: %2 of %3 questions answered</source>
        <comment>a chosen value's guideline questions</comment>
        <translation>%1: %3 sorudan %2 tanesi yanıtlandı</translation>
    </message>
</context>
<context>
    <name>StepSlide</name>
    <message>
        <source>Which values matter most to you? Place your dots.</source>
        <translation>Sizin için en önemli değerler hangileri? Noktalarınızı verin.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dot(s) each</source>
        <translation>
            <numerusform>Kişi başı %Ln nokta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>at most %Ln on one value</source>
        <translation>
            <numerusform>bir değere en çok %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Who are our customers today, and who could they be tomorrow? What does each of them expect from us?</source>
        <translation>Bugün müşterilerimiz kimler, yarın kimler olabilir? Her biri bizden ne bekliyor?</translation>
    </message>
    <message>
        <source>What should every customer feel from us, every day? One value per card, with one line on the difference it makes.</source>
        <translation>Her müşteri her gün bizden ne hissetmeli? Her karta bir değer ve yarattığı farkı anlatan tek bir satır.</translation>
    </message>
    <message>
        <source>In a sentence or two: what service do we give, and what makes it ours?</source>
        <translation>Bir iki cümleyle: nasıl bir hizmet veriyoruz ve onu bize özgü kılan ne?</translation>
    </message>
    <message>
        <source>For each value: what does it mean for us, what happens when we live it, how could it be misread, how do we see that we keep to it, and what does the customer notice?</source>
        <translation>Her değer için: bizim için ne anlama geliyor, onu yaşadığımızda ne oluyor, nasıl yanlış anlaşılabilir, ona bağlı kaldığımızı nasıl görürüz ve müşteri neyi fark eder?</translation>
    </message>
    <message>
        <source>How will we, the leaders, live these values first? Where and by whom will customers hear about them?</source>
        <translation>Biz liderler bu değerleri önce kendimiz nasıl yaşayacağız? Müşteriler onları nerede ve kimden duyacak?</translation>
    </message>
    <message>
        <source>Read it aloud together. Is this us? Can we all sign it?</source>
        <translation>Birlikte yüksek sesle okuyun. Bu biz miyiz? Hepimiz imzalayabilir miyiz?</translation>
    </message>
    <message>
        <source>Since we last met: where did we see our values lived, and where not? What do the metrics say?</source>
        <translation>Son buluşmamızdan bu yana değerlerimizin nerede yaşandığını, nerede yaşanmadığını gördük? Ölçütler ne söylüyor?</translation>
    </message>
    <message>
        <source>What do our customers say about us today, and what do we want them to say? Where is the gap widest?</source>
        <translation>Müşterilerimiz bugün bizim hakkımızda ne diyor, biz ne demelerini istiyoruz? Aradaki fark en çok nerede açılıyor?</translation>
    </message>
    <message>
        <source>Our personas: %1</source>
        <translation>Personalarımız: %1</translation>
    </message>
    <message>
        <source>Our values: %1</source>
        <translation>Değerlerimiz: %1</translation>
    </message>
    <message>
        <source>Staff pulse: %1 answered; shown from %2</source>
        <translation>Çalışan nabzı: %1 kişi yanıtladı; sonuçlar %2 kişiden itibaren gösterilir</translation>
    </message>
    <message>
        <source>Staff pulse (%1 answered): lived our values %2 of 5, leaders model them %3 of 5</source>
        <translation>Çalışan nabzı (%1 yanıt): değerlerimizi yaşadık 5 üzerinden %2, liderler örnek oluyor 5 üzerinden %3</translation>
    </message>
    <message>
        <source>No metric has a reading yet.</source>
        <translation>Henüz hiçbir ölçütün ölçümü yok.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln metric(s) on target</source>
        <translation>
            <numerusform>%Ln ölçütten %1 tanesi hedefte</numerusform>
        </translation>
    </message>
    <message>
        <source>Since the reading before: %1 better, %2 worse</source>
        <translation>Bir önceki ölçümden bu yana: %1 iyileşti, %2 geriledi</translation>
    </message>
    <message numerus="yes">
        <source>The words appear from %Ln respondent(s) on, so that nobody can be recognised.</source>
        <translation>
            <numerusform>Kimsenin tanınmaması için sözcükler %Ln katılımcıdan sonra görünür.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working out the words…</source>
        <translation>Sözcükler çıkarılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln respondent(s)</source>
        <translation>
            <numerusform>%1: %Ln katılımcı</numerusform>
        </translation>
    </message>
    <message>
        <source>No value cards yet.</source>
        <translation>Henüz değer kartı yok.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln value card(s) on the board</source>
        <translation>
            <numerusform>Panoda %Ln değer kartı var</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln dot(s)</source>
        <translation>
            <numerusform>%1: %Ln nokta</numerusform>
        </translation>
    </message>
    <message>
        <source>No dots yet.</source>
        <translation>Henüz nokta yok.</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <source>Personas</source>
        <translation>Personalar</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Değerler</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Anket</translation>
    </message>
    <message>
        <source>Vision</source>
        <translation>Vizyon</translation>
    </message>
    <message>
        <source>Guidelines</source>
        <translation>Yönergeler</translation>
    </message>
    <message>
        <source>Walk the talk &amp; share</source>
        <translation>Söylediğini yap ve paylaş</translation>
    </message>
    <message>
        <source>Charter</source>
        <translation>Felsefe belgesi</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Ara değerlendirmeler</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Müşteri yorumları</translation>
    </message>
</context>
<context>
    <name>SurveyAgainBox</name>
    <message>
        <source>Ask the survey's question again and see whether the words your people use have moved since the workshop. Answers go to this check-in's round; the workshop's own answers, on which the charter rests, stay as they were.</source>
        <translation>Anketin sorusunu yeniden sorun ve çalışanlarınızın kullandığı kelimeler atölyeden bu yana değişmiş mi görün. Yanıtlar bu değerlendirmenin turuna gider; felsefe belgesinin dayandığı atölye yanıtları olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>&amp;Ask the survey again here</source>
        <translation>Anketi burada &amp;yeniden sor</translation>
    </message>
    <message>
        <source>New answers from the kiosk, phones or an import join this check-in's round</source>
        <translation>Kiosktan, telefonlardan ya da içe aktarmadan gelen yeni yanıtlar bu değerlendirmenin turuna eklenir</translation>
    </message>
    <message>
        <source>&amp;End this round</source>
        <translation>Bu turu &amp;bitir</translation>
    </message>
    <message>
        <source>The Survey step shows the workshop's own answers again; this round's are kept</source>
        <translation>Anket adımı yeniden atölyenin kendi yanıtlarını gösterir; bu turun yanıtları saklanır</translation>
    </message>
    <message>
        <source>Used more than at the workshop</source>
        <translation>Atölyedekinden daha çok kullanılanlar</translation>
    </message>
    <message>
        <source>Used less than at the workshop</source>
        <translation>Atölyedekinden daha az kullanılanlar</translation>
    </message>
    <message>
        <source>The survey again</source>
        <translation>Anket yeniden</translation>
    </message>
    <message>
        <source>The survey again at check-in %1 (%2)</source>
        <translation>%1. değerlendirmede anket yeniden (%2)</translation>
    </message>
    <message>
        <source>Keep the plan first: change, add or remove a check-in above.</source>
        <translation>Önce planı sahiplenin: yukarıda bir değerlendirmeyi değiştirin, ekleyin ya da kaldırın.</translation>
    </message>
    <message numerus="yes">
        <source>The survey is asking this check-in's round: %Ln answer(s) so far. Open it to phones or the kiosk on the Survey step.</source>
        <translation>
            <numerusform>Anket bu değerlendirmenin turunu soruyor: şimdiye kadar %Ln yanıt. Anket adımında telefonlara ya da kioska açın.</numerusform>
        </translation>
    </message>
    <message>
        <source>The survey is asking the round of the check-in on %1.</source>
        <translation>Anket %1 tarihli değerlendirmenin turunu soruyor.</translation>
    </message>
    <message numerus="yes">
        <source>This check-in's round has %Ln answer(s).</source>
        <translation>
            <numerusform>Bu değerlendirmenin turunda %Ln yanıt var.</numerusform>
        </translation>
    </message>
    <message>
        <source>The survey has not been asked again at this check-in.</source>
        <translation>Anket bu değerlendirmede yeniden sorulmadı.</translation>
    </message>
    <message>
        <source>The comparison shows once %1 people have answered in each round, so that no one's answer can be told apart: %2 at the workshop, %3 at this check-in.</source>
        <translation>Kimsenin yanıtı ayırt edilemesin diye karşılaştırma her turda %1 kişi yanıt verdiğinde görünür: atölyede %2, bu değerlendirmede %3.</translation>
    </message>
    <message>
        <source>%1 answered at the workshop, %2 at this check-in. Shares are of each round's people.</source>
        <translation>Atölyede %1, bu değerlendirmede %2 kişi yanıt verdi. Oranlar her turun kendi katılımcılarına göredir.</translation>
    </message>
    <message>
        <source>No word stands out.</source>
        <translation>Öne çıkan kelime yok.</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a share in percent</comment>
        <translation>%%1</translation>
    </message>
</context>
<context>
    <name>SurveyPage</name>
    <message>
        <source>(hidden from the analysis)</source>
        <translation>(analizden gizli)</translation>
    </message>
    <message>
        <source>Every staff member answers one question, anonymously. Collect the answers in the kiosk on this computer, or import them from a form tool's export.</source>
        <translation>Her çalışan tek bir soruyu anonim olarak yanıtlar. Yanıtları bu bilgisayardaki kioskta toplayın ya da bir form aracının dışa aktarımından içe aktarın.</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>&amp;Soru:</translation>
    </message>
    <message>
        <source>Survey question</source>
        <translation>Anket sorusu</translation>
    </message>
    <message>
        <source>Survey &amp;open (the kiosk accepts answers)</source>
        <translation>Anket &amp;açık (kiosk yanıt kabul eder)</translation>
    </message>
    <message>
        <source>When the survey starts taking answers</source>
        <translation>Anketin yanıt almaya başlayacağı an</translation>
    </message>
    <message>
        <source>Op&amp;ens at</source>
        <translation>Açılış ta&amp;rihi</translation>
    </message>
    <message>
        <source>The survey is asked again at the check-in on %1: the answers and words below are this round's. The workshop's own answers come back when the round ends (Check-ins step).</source>
        <translation>Anket %1 tarihli değerlendirmede yeniden soruluyor: aşağıdaki yanıtlar ve kelimeler bu turun. Atölyenin kendi yanıtları tur bitince geri gelir (Ara değerlendirmeler adımı).</translation>
    </message>
    <message>
        <source>Clo&amp;ses at</source>
        <translation>Kapanış tari&amp;hi</translation>
    </message>
    <message>
        <source>When the survey stops taking answers</source>
        <translation>Anketin yanıt almayı bırakacağı an</translation>
    </message>
    <message>
        <source>Show answers &amp;from:</source>
        <translation>Yanıtları şu sayıdan itibaren &amp;göster:</translation>
    </message>
    <message>
        <source>respondents</source>
        <translation>katılımcı</translation>
    </message>
    <message>
        <source>Minimum number of respondents before answers are shown</source>
        <translation>Yanıtlar gösterilmeden önce gereken en az katılımcı sayısı</translation>
    </message>
    <message>
        <source>Start &amp;kiosk…</source>
        <translation>&amp;Kiosku başlat…</translation>
    </message>
    <message>
        <source>Open &amp;to phones…</source>
        <translation>&amp;Telefonlara aç…</translation>
    </message>
    <message>
        <source>Let phones on the local network answer the survey</source>
        <translation>Yerel ağdaki telefonlar anketi yanıtlayabilsin</translation>
    </message>
    <message>
        <source>P&amp;resent…</source>
        <translation>S&amp;un…</translation>
    </message>
    <message>
        <source>Show the question, QR code, count and timer full screen</source>
        <translation>Soruyu, QR kodunu, sayıyı ve sayacı tam ekran göster</translation>
    </message>
    <message>
        <source>&amp;Import answers…</source>
        <translation>Yanıtları &amp;içe aktar…</translation>
    </message>
    <message>
        <source>&amp;Paste answers…</source>
        <translation>Yanıtları ya&amp;pıştır…</translation>
    </message>
    <message>
        <source>E&amp;xport answers…</source>
        <translation>Yanıtları &amp;dışa aktar…</translation>
    </message>
</context>
<context>
    <name>TeamDatabaseDialog</name>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln workshop(s) on this server.</source>
        <translation>
            <numerusform>Bu sunucuda %Ln atölye var.</numerusform>
        </translation>
    </message>
    <message>
        <source>This server holds no workshop yet. To start one there, give the server's address as the location of a new workshop on the Start page.</source>
        <translation>Bu sunucuda henüz atölye yok. Orada bir atölye başlatmak için Başlangıç sayfasında yeni atölyenin kayıt yeri olarak sunucunun adresini yazın.</translation>
    </message>
    <message>
        <source>Connect to a team database</source>
        <translation>Ekip veritabanına bağlan</translation>
    </message>
    <message>
        <source>Several facilitators can work on one workshop when it lives on a PostgreSQL server. Enter the server's address and your password; the password is not saved.</source>
        <translation>Atölye bir PostgreSQL sunucusunda durduğunda birden çok kolaylaştırıcı aynı atölye üzerinde çalışabilir. Sunucunun adresini ve parolanızı girin; parola kaydedilmez.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Sunucu &amp;adresi:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parola:</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Sunucu adresi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Parola</translation>
    </message>
    <message>
        <source>&amp;Show workshops</source>
        <translation>Atölyeleri &amp;göster</translation>
    </message>
    <message>
        <source>&amp;Open workshop</source>
        <translation>Atölyeyi &amp;aç</translation>
    </message>
    <message>
        <source>Workshops on the server</source>
        <translation>Sunucudaki atölyeler</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <source>Themes in the answers</source>
        <translation>Yanıtlardaki temalar</translation>
    </message>
    <message>
        <source>Themes are looked for once there are enough answers to tell them apart (twelve or more).</source>
        <translation>Temalar, birbirinden ayırt edilebilecek kadar yanıt olduğunda (on iki ve üzeri) aranır.</translation>
    </message>
    <message>
        <source>Answers that use similar words, grouped. Each theme lists its most telling words.</source>
        <translation>Benzer kelimeler kullanan yanıtlar bir arada. Her temanın yanında onu en iyi anlatan kelimeler yer alır.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln answer(s)</source>
        <translation>
            <numerusform>%Ln yanıt</numerusform>
        </translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Ayrıca: %1</translation>
    </message>
</context>
<context>
    <name>ValueBoard</name>
    <message>
        <source>Red</source>
        <translation>Kırmızı</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Sarı</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Yeşil</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Mavi</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Mor</translation>
    </message>
    <message>
        <source>Not grouped yet</source>
        <translation>Henüz kümelenmemiş</translation>
    </message>
</context>
<context>
    <name>ValuesPage</name>
    <message>
        <source>Votes stay hidden until you show them, so nobody follows the crowd. Similar cards are only suggested; merging is always your choice.</source>
        <translation>Oylar siz gösterene kadar gizli kalır; böylece kimse kalabalığın peşinden gitmez. Benzer kartlar yalnızca önerilir; birleştirme kararı her zaman sizindir.</translation>
    </message>
    <message>
        <source>Selected value</source>
        <translation>Seçili değer</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Nokta oylaması</translation>
    </message>
    <message>
        <source>Inspiration</source>
        <translation>İlham</translation>
    </message>
    <message>
        <source>The selected value, the dot voting and examples</source>
        <translation>Seçili değer, nokta oylaması ve örnekler</translation>
    </message>
    <message>
        <source>Board &amp;and votes</source>
        <translation>Pano &amp;ve oylar</translation>
    </message>
    <message>
        <source>&amp;Five or fewer</source>
        <translation>Beş ya da da&amp;ha az</translation>
    </message>
    <message>
        <source>The method keeps five values or fewer, so that everyone can remember and live them. Untick one before choosing another.</source>
        <translation>Yöntem, herkes akılda tutup yaşayabilsin diye en fazla beş değer bırakır. Başka birini seçmeden önce birinin işaretini kaldırın.</translation>
    </message>
</context>
<context>
    <name>VisionPage</name>
    <message>
        <source>Insert the value %1</source>
        <translation>%1 değerini ekle</translation>
    </message>
    <message>
        <source>Insert the survey word %1</source>
        <translation>%1 anket kelimesini ekle</translation>
    </message>
    <message>
        <source>Write the vision statement: what service your team provides and why it is different. Try several drafts side by side and mark the one the team chooses. Every change is saved as you type.</source>
        <translation>Vizyon ifadesini yazın: ekibiniz hangi hizmeti sunuyor ve onu farklı kılan ne? Birkaç taslağı yan yana deneyin ve ekibin seçtiğini işaretleyin. Yazdığınız her şey anında kaydedilir.</translation>
    </message>
    <message>
        <source>Insert a chosen value:</source>
        <translation>Seçilen bir değeri ekleyin:</translation>
    </message>
    <message>
        <source>Insert a survey word:</source>
        <translation>Anket kelimesi ekle:</translation>
    </message>
    <message>
        <source>&amp;New draft</source>
        <translation>Yeni &amp;taslak</translation>
    </message>
    <message>
        <source>E&amp;xamples…</source>
        <translation>Ö&amp;rnekler…</translation>
    </message>
</context>
<context>
    <name>VotingKioskWindow</name>
    <message numerus="yes">
        <source>You have %Ln dot(s) left.</source>
        <translation>
            <numerusform>%Ln noktanız kaldı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Place at least one dot first.</source>
        <translation>Önce en az bir nokta koyun.</translation>
    </message>
    <message>
        <source>Your dots could not be counted. Please call the facilitator.</source>
        <translation>Noktalarınız sayılamadı. Lütfen kolaylaştırıcıyı çağırın.</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Nokta oylaması</translation>
    </message>
    <message>
        <source>Which values matter most? Place your dots.</source>
        <translation>Hangi değerler en önemli? Noktalarınızı koyun.</translation>
    </message>
    <message>
        <source>&amp;Send my dots</source>
        <translation>Noktalarımı &amp;gönder</translation>
    </message>
    <message>
        <source>Send my dots</source>
        <translation>Noktalarımı gönder</translation>
    </message>
    <message numerus="yes">
        <source>Anonymous: only the total per value is kept, never who placed which dot. At most %Ln dot(s) on one value.</source>
        <translation>
            <numerusform>Anonim: yalnızca her değerin toplamı saklanır, kimin hangi noktayı koyduğu asla saklanmaz. Bir değere en çok %Ln nokta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank you! Your dots are counted.

Press any key for the next person.</source>
        <translation>Teşekkürler! Noktalarınız sayıldı.

Sıradaki kişi için bir tuşa basın.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Teşekkürler</translation>
    </message>
</context>
<context>
    <name>VotingPanel</name>
    <message>
        <source>No voting round yet. Open one when the board is complete.</source>
        <translation>Henüz oylama turu yok. Pano tamamlanınca bir tur başlatın.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln dot(s) each</source>
        <translation>
            <numerusform>kişi başı %Ln nokta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln voter(s)</source>
        <translation>
            <numerusform>%Ln kişi oy verdi</numerusform>
        </translation>
    </message>
    <message>
        <source>open</source>
        <translation>açık</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>kapalı</translation>
    </message>
    <message>
        <source>votes shown</source>
        <translation>oylar görünüyor</translation>
    </message>
    <message>
        <source>votes hidden</source>
        <translation>oylar gizli</translation>
    </message>
    <message>
        <source>Latest round: %1, %2; %3; %4.</source>
        <translation>Son tur: %1, %2; %3; %4.</translation>
    </message>
    <message>
        <source>&amp;Hide the votes</source>
        <translation>Oyları g&amp;izle</translation>
    </message>
    <message>
        <source>Show the vot&amp;es</source>
        <translation>Oyları &amp;ekranda göster</translation>
    </message>
    <message>
        <source>Dot voting</source>
        <translation>Nokta oylaması</translation>
    </message>
    <message>
        <source>Dots per &amp;person:</source>
        <translation>Kişi başına &amp;nokta:</translation>
    </message>
    <message>
        <source>At most on one &amp;value:</source>
        <translation>Bir değere en &amp;çok:</translation>
    </message>
    <message>
        <source>&amp;Open a round</source>
        <translation>Oylama turu &amp;başlat</translation>
    </message>
    <message>
        <source>Voting &amp;kiosk…</source>
        <translation>Oylama ki&amp;osku…</translation>
    </message>
    <message>
        <source>A locked full-screen ballot where staff place their dots one after another</source>
        <translation>Çalışanların noktalarını sırayla koyduğu, kilitli, tam ekran bir oy pusulası</translation>
    </message>
    <message>
        <source>&amp;Close the round</source>
        <translation>Turu ka&amp;pat</translation>
    </message>
    <message>
        <source>Open &amp;to phones…</source>
        <translation>&amp;Cep telefonlarına aç…</translation>
    </message>
    <message>
        <source>Staff scan a QR code and place their dots on their own phones, on the local network</source>
        <translation>Çalışanlar QR kodunu okutup noktalarını yerel ağda kendi telefonlarından verir</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Describe who you serve and what they expect from support: hours, tone, channels.</source>
        <translation>Kime hizmet verdiğinizi ve destekten ne beklediklerini anlatın: saatler, üslup, kanallar.</translation>
    </message>
    <message>
        <source>Brainstorm values as cards, merge look-alikes, vote with dots and keep five or fewer.</source>
        <translation>Değerleri kartlar hâlinde toplayın, benzerleri birleştirin, noktalarla oylayın ve en fazla beşini tutun.</translation>
    </message>
    <message>
        <source>Every staff member answers one question anonymously; the words that recur point to your values.</source>
        <translation>Her çalışan tek bir soruyu anonim olarak yanıtlar; tekrar eden kelimeler değerlerinize işaret eder.</translation>
    </message>
    <message>
        <source>Draft a bold, short statement of your service side by side, with a coach beside it.</source>
        <translation>Hizmetinizi anlatan cesur ve kısa ifadeyi, yanında bir koçla taslaklar hâlinde yazın.</translation>
    </message>
    <message>
        <source>Answer five questions for every value and choose how to measure it fairly.</source>
        <translation>Her değer için beş soruyu yanıtlayın ve onu nasıl adil ölçeceğinizi seçin.</translation>
    </message>
    <message>
        <source>Agree how leaders will live each value, and where the philosophy is shared.</source>
        <translation>Liderlerin her değeri nasıl yaşayacağında ve felsefenin nerede paylaşılacağında anlaşın.</translation>
    </message>
    <message>
        <source>Print the charter for the wall and the handbook.</source>
        <translation>Felsefe belgesini duvar ve el kitabı için basın.</translation>
    </message>
    <message>
        <source>Meet again a month, a quarter and half a year on, and see the metrics against their targets.</source>
        <translation>Bir ay, üç ay ve altı ay sonra yeniden buluşun, ölçütleri hedefleriyle karşılaştırın.</translation>
    </message>
    <message>
        <source>Import what customers wrote and see, value by value, how far it is from what the team wants them to say.</source>
        <translation>Müşterilerin yazdıklarını içe aktarın ve değer değer, ekibin onlardan duymak istediğinden ne kadar uzak olduğunu görün.</translation>
    </message>
    <message>
        <source>Welcome to Philosophy Studio</source>
        <translation>Philosophy Studio'ya hoş geldiniz</translation>
    </message>
    <message>
        <source>Philosophy Studio takes your team through seven steps, from who your customers are to a printed charter, and back to it at the check-ins after the workshop, beside what customers say in their feedback. Take the short tour, or open the demo workshop to see a complete run.</source>
        <translation>Philosophy Studio ekibinizi müşterilerinizin kim olduğundan basılı bir felsefe belgesine uzanan yedi adımda yönlendirir; atölyeden sonraki ara değerlendirmelerde de müşterilerin yorumlarında söyledikleriyle birlikte o belgeye geri getirir. Kısa tura katılın ya da baştan sona bir uygulamayı görmek için örnek atölyeyi açın.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Geri</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;İleri</translation>
    </message>
    <message>
        <source>Open the &amp;demo workshop</source>
        <translation>&amp;Örnek atölyeyi aç</translation>
    </message>
    <message>
        <source>&amp;Start on my own</source>
        <translation>&amp;Kendim başlayacağım</translation>
    </message>
    <message>
        <source>The %1 step in the demo workshop</source>
        <translation>Örnek atölyede %1 adımı</translation>
    </message>
</context>
<context>
    <name>WordCloud</name>
    <message numerus="yes">
        <source>%Ln respondent(s)</source>
        <translation>
            <numerusform>%Ln kişi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WordCorrections</name>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Birleştir</translation>
    </message>
    <message>
        <source>Count the selected words as one word</source>
        <translation>Seçilen kelimeleri tek kelime olarak say</translation>
    </message>
    <message>
        <source>Merge the selected words</source>
        <translation>Seçilen kelimeleri birleştir</translation>
    </message>
    <message>
        <source>S&amp;plit</source>
        <translation>Ay&amp;ır</translation>
    </message>
    <message>
        <source>Count each form of the selected word on its own</source>
        <translation>Seçilen kelimenin her biçimini ayrı say</translation>
    </message>
    <message>
        <source>Split the selected word into its forms</source>
        <translation>Seçilen kelimeyi biçimlerine ayır</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Yeniden adlandır…</translation>
    </message>
    <message>
        <source>Show the selected word or collocation under a name you choose</source>
        <translation>Seçilen kelimeyi ya da kalıplaşmış ifadeyi seçtiğiniz bir adla gösterir</translation>
    </message>
    <message>
        <source>Rename the selected word</source>
        <translation>Seçilen kelimeyi yeniden adlandır</translation>
    </message>
    <message>
        <source>E&amp;xclude</source>
        <translation>Dı&amp;şarıda bırak</translation>
    </message>
    <message>
        <source>Leave the selected words out of the counts (Delete)</source>
        <translation>Seçilen kelimeleri sayımın dışında bırak (Delete)</translation>
    </message>
    <message>
        <source>Exclude the selected words</source>
        <translation>Seçilen kelimeleri dışarıda bırak</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>Dışarıda bırak</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <source>Show “%1” (%2) as:</source>
        <translation>“%1” (%2) şu adla gösterilsin:</translation>
    </message>
</context>
<context>
    <name>WordsBox</name>
    <message>
        <source>The customers' words</source>
        <translation>Müşterilerin kelimeleri</translation>
    </message>
    <message>
        <source>All comments</source>
        <translation>Tüm yorumlar</translation>
    </message>
    <message>
        <source>Promoters</source>
        <translation>Tavsiye edenler</translation>
    </message>
    <message>
        <source>Detractors</source>
        <translation>Eleştirenler</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Kelime</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Yorumlar</translation>
    </message>
    <message>
        <source>Most used words: %1</source>
        <translation>En çok kullanılan kelimeler: %1</translation>
    </message>
    <message>
        <source>no scores</source>
        <translation>puan yok</translation>
    </message>
    <message numerus="yes">
        <source>fewer than %Ln comment(s): not shown</source>
        <translation>
            <numerusform>%Ln yorumdan az: gösterilmiyor</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln yorum</numerusform>
        </translation>
    </message>
</context>
</TS>