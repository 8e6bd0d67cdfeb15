<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Labels of Qt's own dialogs that qtbase_tr.qm does not translate (its entries lack the
     accelerator these labels carry). Loaded after qtbase's catalogue by gui/i18n.py. -->
<TS version="2.1" language="tr_TR">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>Arama &amp;konumu:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Dosya &amp;türü:</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Page &amp;Set:</source>
        <translation>Sayfa &amp;kümesi:</translation>
    </message>
</context>
</TS>
