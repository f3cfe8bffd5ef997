<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../care_desktop/ui/about_dialog.py" line="+68"/>
        <source>About Care Desktop</source>
        <translation>Care Desktop について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Care Desktop %1</source>
        <translation>Care Desktop %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepares Genesys Cloud Customer Care cases: severity, identifiers, redacted evidence.</source>
        <translation>Genesys Cloud カスタマーケアのケースを準備します: 重大度、識別子、編集済みの証拠。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your data (drafts, cases, settings) is kept in: %1</source>
        <translation>データ (下書き、ケース、設定) の保存先: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the &amp;data folder</source>
        <translation>データ フォルダーを開く(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Component</source>
        <translation>コンポーネント</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Licence</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licences</source>
        <translation>ライセンス</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the folder</source>
        <translation>このフォルダー</translation>
    </message>
</context>
<context>
    <name>AddCaseDialog</name>
    <message>
        <location filename="../../care_desktop/ui/tracker/add_case_dialog.py" line="+95"/>
        <source>Track a filed case</source>
        <translation>提出済みのケースを追跡</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Case &amp;number:</source>
        <translation>ケース番号(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Severity:</source>
        <translation>重大度(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s time &amp;zone:</source>
        <translation>お客様のタイムゾーン(&amp;Z):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opened at:</source>
        <translation>作成日時(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepared in &amp;draft:</source>
        <translation>準備に使った下書き(&amp;D):</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>ケース番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+7"/>
        <source>The number from the portal or the phone call</source>
        <translation>ポータルまたは電話で伝えられた番号</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer&apos;s time zone</source>
        <translation>お客様のタイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened at</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft the case was prepared in</source>
        <translation>ケースの準備に使った下書き</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The severity the case was filed with; it sets the response targets.</source>
        <translation>ケースを提出したときの重大度です。目標応答時間がこれで決まります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short title to recognise the case by in the tracker.</source>
        <translation>ケースの追跡でケースを見分けるための短いタイトルです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone whose business hours the case&apos;s deadlines count in.</source>
        <translation>ケースの期限を計算する営業時間のタイムゾーンです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The draft the case was prepared in, if any, to add its evidence later.</source>
        <translation>ケースの準備に使った下書き (ある場合) です。後からその資料を追加できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts tracking the case.</source>
        <translation>ケースの追跡を開始します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without tracking a case.</source>
        <translation>ケースを追跡せずに閉じます。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Choose a time zone from the list, e.g. America/New_York.</source>
        <translation>一覧からタイムゾーンを選択してください (例: Asia/Tokyo)。</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <location filename="../../care_desktop/ui/windows/address_dialog.py" line="+62"/>
        <source>Nothing opened it</source>
        <translation>開けませんでした</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No application on this computer opens %1. Copy it and open it yourself:</source>
        <translation>このコンピューターには %1 を開くアプリケーションがありません。コピーしてご自身で開いてください:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts the address on the clipboard.</source>
        <translation>アドレスをクリップボードにコピーします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address to copy</source>
        <translation>コピーするアドレス</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>AnnotationCanvas</name>
    <message>
        <location filename="../../care_desktop/ui/screenshots/canvas.py" line="+85"/>
        <source>Screenshot to annotate</source>
        <translation>注記を付けるスクリーンショット</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n marks.</source>
        <translation>
            <numerusform>注記 %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>arrow</source>
        <translation>矢印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>box</source>
        <translation>枠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>redact box</source>
        <translation>黒塗り</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Selected: %1.</source>
        <translation>選択中: %1。</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
</context>
<context>
    <name>AttachmentTable</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/attachment_table.py" line="+184"/>
        <source>The kind of this file; change it when it was recognised wrongly.</source>
        <translation>このファイルの種類です。誤って判別された場合は変更してください。</translation>
    </message>
</context>
<context>
    <name>AttachmentsPage</name>
    <message>
        <location filename="../../care_desktop/ui/pages/attachments.py" line="+110"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Screenshots of errors, console logs, HAR files and configuration files help Product Support.</source>
        <translation>エラーのスクリーンショット、コンソール ログ、HAR ファイル、構成ファイルが Product Support の調査に役立ちます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add files…</source>
        <translation>ファイルを追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chooses files to attach; copies are kept with the case.</source>
        <translation>添付するファイルを選択します。コピーがケースと一緒に保管されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take a &amp;screenshot…</source>
        <translation>スクリーンショットを撮る(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captures the screen, marks it up and attaches it.</source>
        <translation>画面をキャプチャし、注記を付けて添付します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desktop app &amp;logs…</source>
        <translation>デスクトップ アプリのログ(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the Genesys Cloud desktop app&apos;s logs to attach.</source>
        <translation>添付する Genesys Cloud デスクトップ アプリのログを探します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;How to save logs and HAR files</source>
        <translation>ログと HAR ファイルの保存方法(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens steps for saving console logs and HAR files.</source>
        <translation>コンソール ログと HAR ファイルの保存手順を開きます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can also drop files here. Copies are kept with the case; your originals are never changed, and secrets are removed before anything is packaged.</source>
        <translation>ここにファイルをドロップすることもできます。コピーがケースと一緒に保管され、元のファイルは変更されません。パッケージを作成する前に秘密情報が除去されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Include</source>
        <translation>含める</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attached files</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each attached file: included or not, its kind and a note.</source>
        <translation>添付した各ファイルについて、含めるかどうか、種類、メモを示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected files from the case.</source>
        <translation>選択したファイルをケースから削除します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trim to the incident time</source>
        <translation>発生時刻の前後に絞り込む(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep 30 minutes before and after the time the issue happened</source>
        <translation>問題の発生時刻の前後 30 分だけを残します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying files</source>
        <translation>ファイルをコピーしています</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel copying</source>
        <translation>コピーをキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops copying the files into the case.</source>
        <translation>ケースへのファイルのコピーを中止します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Screenshot</source>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console log</source>
        <translation>コンソール ログ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HAR file</source>
        <translation>HAR ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>構成ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kind of %1</source>
        <translation>%1 の種類</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n files to include, %1 in all.</source>
        <translation>
            <numerusform>含めるファイル %n 個、合計 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+107"/>
        <source>Adding %n files…</source>
        <translation>
            <numerusform>%n 個のファイルを追加しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Added %n files.</source>
        <translation>
            <numerusform>%n 個のファイルを追加しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Removed %n files.</source>
        <translation>
            <numerusform>%n 個のファイルを削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-77"/>
        <source>It failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled; nothing half-copied is kept.</source>
        <translation>キャンセルしました。コピー途中のファイルは残していません。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Attach files</source>
        <translation>ファイルの添付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Added the trimmed copy %1.</source>
        <translation>絞り込んだコピー %1 を追加しました。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Attach images</source>
        <translation>画像の添付</translation>
    </message>
</context>
<context>
    <name>BeforeStartPage</name>
    <message>
        <location filename="../../care_desktop/ui/pages/before_start.py" line="+86"/>
        <source>Before you start</source>
        <translation>始める前に</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who is filing this case?</source>
        <translation>このケースを提出するのは誰ですか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am a Designated Contact of my organization</source>
        <translation>自分は組織の指定連絡先です</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I am preparing this case for a Designated Contact, who will file it</source>
        <translation>指定連絡先のためにケースを準備しています (提出は指定連絡先が行います)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Product Support can act on a case the first time when it has what they ask for.</source>
        <translation>必要な情報がそろっていれば、Product Support は最初から的確に対応できます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only Designated Contacts may open cases with Product Support (%1).</source>
        <translation>Product Support にケースを作成できるのは指定連絡先だけです (%1)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>who they are</source>
        <translation>指定連絡先とは</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Before opening a case</source>
        <translation>ケースを作成する前に</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;1. Do some basic troubleshooting.&lt;/b&gt; See %1.</source>
        <translation>&lt;b&gt;1. 基本的なトラブルシューティングを行います。&lt;/b&gt;%1 を参照してください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Troubleshooting before calling Customer Care</source>
        <translation>カスタマーケアに連絡する前のトラブルシューティング</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;2. Make sure the problem is Product Support&apos;s to handle.&lt;/b&gt; Your organization is responsible for:</source>
        <translation>&lt;b&gt;2. Product Support が対応する問題であることを確認します。&lt;/b&gt;次の事項はお客様の組織の責任範囲です:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>You will open the case with Product Support yourself.</source>
        <translation>自分で Product Support にケースを作成します。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Customer areas of responsibility</source>
        <translation>お客様の責任範囲</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;3. Gather:&lt;/b&gt;</source>
        <translation>&lt;b&gt;3. 次の情報を集めます:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Known incidents are posted on %1.</source>
        <translation>既知のインシデントは %1 に掲載されています。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You prepare the case, and a Designated Contact of your organization opens it.</source>
        <translation>自分はケースを準備し、組織の指定連絡先がケースを作成します。</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+12"/>
        <source>The case will refer to: %1</source>
        <translation>ケースで言及するインシデント: %1</translation>
    </message>
</context>
<context>
    <name>CasePanel</name>
    <message>
        <location filename="../../care_desktop/ui/tracker/case_panel.py" line="+137"/>
        <source>Selected case</source>
        <translation>選択したケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a change</source>
        <translation>変更を記録</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>フォローアップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;state:</source>
        <translation>新しい状態(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time:</source>
        <translation>日時(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New state</source>
        <translation>新しい状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time of the change</source>
        <translation>変更日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;w</source>
        <translation>現在(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set the time of the change to now</source>
        <translation>変更日時を現在の日時にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Record change</source>
        <translation>変更を記録(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First response recei&amp;ved</source>
        <translation>初回応答あり(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;CA received</source>
        <translation>RCA 受領(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;draft</source>
        <translation>下書きを開く(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;evidence…</source>
        <translation>資料を追加(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask for more RCA d&amp;ocumentation…</source>
        <translation>RCA の追加資料を依頼(&amp;O)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also request a follow-up &amp;meeting</source>
        <translation>フォローアップ ミーティングも依頼する(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop trac&amp;king</source>
        <translation>追跡を停止(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The state the case is in now, as Product Support shows it.</source>
        <translation>Product Support に表示されている、現在のケースの状態です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records that Product Support&apos;s first response came, at the time given.</source>
        <translation>Product Support から初回応答があったことを、指定した日時で記録します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Removes this case from the tracker; Product Support&apos;s case is not changed.</source>
        <translation>このケースを追跡の対象から外します。Product Support 側のケースは変更されません。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Open (you answered Product Support)</source>
        <translation>オープン (Product Support に返信済み)</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Puts the current time into the time of the change.</source>
        <translation>変更日時に現在の日時を入力します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Records the new state at the time given; the deadlines follow it.</source>
        <translation>指定した日時で新しい状態を記録します。期限もそれに合わせて変わります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records that the root cause analysis came, at the time given.</source>
        <translation>根本原因分析 (RCA) を受領したことを、指定した日時で記録します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the draft this case was prepared in.</source>
        <translation>このケースの準備に使った下書きを開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds the evidence of the draft not yet sent with this case.</source>
        <translation>下書きの資料のうち、このケースにまだ送っていないものを探します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prepares a new case asking for more documentation of the root cause.</source>
        <translation>根本原因について追加の資料を求める新しいケースを準備します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also asks for a meeting in that new case.</source>
        <translation>その新しいケースでフォローアップ ミーティングも依頼します。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Select a case to see its deadlines and record changes.</source>
        <translation>ケースを選択すると、期限の確認と変更の記録ができます。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Case %1</source>
        <translation>ケース %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 since %2</source>
        <translation>%1 (%2 から)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened %1 (%2)</source>
        <translation>作成: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Package: %1</source>
        <translation>パッケージ: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No deadline is running.</source>
        <translation>進行中の期限はありません。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Opened %1</source>
        <translation>作成: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First response received: %1</source>
        <translation>初回応答あり: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RCA received: %1</source>
        <translation>RCA 受領: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>History</source>
        <translation>履歴</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open (the issue is not resolved)</source>
        <translation>オープン (問題は未解決)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open (reopened)</source>
        <translation>オープン (再オープン)</translation>
    </message>
</context>
<context>
    <name>CaseWizard</name>
    <message>
        <location filename="../../care_desktop/ui/wizard.py" line="+221"/>
        <source>This draft keeps the first issue; each other issue becomes a new draft:

%1

The business impact stays with this draft: each new draft asks for what its own issue costs.</source>
        <translation>この下書きには最初の問題が残り、他の問題はそれぞれ新しい下書きになります:

%1

ビジネスへの影響はこの下書きに残ります。新しい下書きでは、それぞれの問題の影響を入力してください。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Drafts created</source>
        <translation>下書きを作成しました</translation>
    </message>
    <message numerus="yes">
        <location line="-20"/>
        <source>Split into %n drafts?</source>
        <translation>
            <numerusform>%n 件の下書きに分割しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n new drafts are in the main window&apos;s list, each ready to be completed.</source>
        <translation>
            <numerusform>%n 件の新しい下書きがメイン ウィンドウの一覧に追加されました。それぞれ続きを入力できます。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The draft could not be saved: %1</source>
        <translation>下書きを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Close the case?</source>
        <translation>ケースを閉じますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close this case now? It is saved as a draft: continue it any time from the main window&apos;s list.</source>
        <translation>このケースを今閉じますか? 下書きとして保存されています。メイン ウィンドウの一覧からいつでも続けられます。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>New case</source>
        <translation>新しいケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case: %1</source>
        <translation>ケース: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save and close</source>
        <translation>保存して閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps of the case</source>
        <translation>ケースのステップ</translation>
    </message>
</context>
<context>
    <name>CasesTable</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/case_tables.py" line="+90"/>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sev.</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next deadline</source>
        <translation>次の期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due (case&apos;s time)</source>
        <translation>期限 (ケースの現地時刻)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Filed cases</source>
        <translation>提出済みのケース</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The tracked cases, next deadline first; select one to see and change it.</source>
        <translation>追跡中のケースです (期限の近い順)。選択すると内容の確認と変更ができます。</translation>
    </message>
</context>
<context>
    <name>CheckResultsModel</name>
    <message>
        <location filename="../../care_desktop/ui/conversations/check_results.py" line="+99"/>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start (organization&apos;s zone)</source>
        <translation>開始 (組織のタイムゾーン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media</source>
        <translation>メディア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queue</source>
        <translation>キュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How it ended</source>
        <translation>終了の仕方</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not checked yet</source>
        <translation>未確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>見つかりました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not allowed</source>
        <translation>権限がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>失敗しました</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked (time limit)</source>
        <translation>未確認 (時間切れ)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genesys Cloud does not know this conversation in this organization and region. Check the region, a typo in the ID, whether it belongs to another organization, and whether the interaction is older than your organization&apos;s analytics retention.</source>
        <translation>Genesys Cloud はこの組織とリージョンでこの会話を見つけられません。リージョン、ID の入力ミス、別の組織の会話でないか、組織の分析データ保持期間より古いやり取りでないかを確認してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The OAuth client lacks the permission analytics:conversationDetail:view.</source>
        <translation>OAuth クライアントに権限 analytics:conversationDetail:view がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genesys Cloud did not answer for this conversation; run the check again later.</source>
        <translation>この会話について Genesys Cloud から応答がありませんでした。後でもう一度確認してください。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not ended</source>
        <translation>未終了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start: %1 (%2)
End: %3</source>
        <translation>開始: %1 (%2)
終了: %3</translation>
    </message>
</context>
<context>
    <name>CheckResultsView</name>
    <message>
        <location line="+65"/>
        <source>Checked in Genesys Cloud:</source>
        <translation>Genesys Cloud での確認結果:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation check results</source>
        <translation>会話の確認結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per conversation ID: found or not, start, media, direction, queue and how it ended.</source>
        <translation>会話 ID ごとに 1 行: 見つかったか、開始、メディア、方向、キュー、終了の仕方。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>SIP capture available until %1 (conversation %2).</source>
        <translation>SIP キャプチャの取得期限: %1 (会話 %2)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Operational Console events until %1 (conversation %2).</source>
        <translation>Operational Console のイベントの保持期限: %1 (会話 %2)。</translation>
    </message>
</context>
<context>
    <name>ConversationsPage</name>
    <message>
        <location filename="../../care_desktop/ui/pages/conversations.py" line="+94"/>
        <source>Conversation IDs</source>
        <translation>会話 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The conversation ID lets Product Support find the exact interaction that failed.</source>
        <translation>会話 ID があれば、Product Support は失敗したインタラクションを正確に特定できます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where to copy it: Performance &gt; Workspace &gt; Interactions, open the interaction, then the &lt;b&gt;Details&lt;/b&gt; tab and its copy icon (%1). An ID looks like 4709b21d-bc22-418a-8c6d-4ededb31bd39.</source>
        <translation>コピーする場所: [パフォーマンス] &gt; [ワークスペース] &gt; [インタラクション] でインタラクションを開き、&lt;b&gt;[詳細]&lt;/b&gt; タブのコピー アイコンをクリックします (%1)。ID の例: 4709b21d-bc22-418a-8c6d-4ededb31bd39</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>how</source>
        <translation>手順</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Paste anything that holds IDs (URLs, log lines, e-mails):</source>
        <translation>ID を含むテキストを貼り付け(&amp;P) (URL、ログの行、メールなど):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text to search for conversation IDs</source>
        <translation>会話 ID を探すテキスト</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste URLs, log lines or e-mails here; Add IDs found picks out the conversation IDs.</source>
        <translation>URL、ログの行、メールをここに貼り付けます。[見つかった ID を追加] で会話 ID を取り出します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add IDs found</source>
        <translation>見つかった ID を追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the conversation IDs found in the pasted text to the case (Ctrl+Enter).</source>
        <translation>貼り付けたテキストで見つかった会話 ID をケースに追加します (Ctrl+Enter)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation ID</source>
        <translation>会話 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation IDs of the case</source>
        <translation>ケースの会話 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One row per conversation ID, with when it happened and a note.</source>
        <translation>会話 ID ごとに 1 行で、日時とメモを示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove selected</source>
        <translation>選択した ID を削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected conversation IDs from the case.</source>
        <translation>選択した会話 ID をケースから削除します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check in Genesys Cloud…</source>
        <translation>Genesys Cloud で確認(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checks with your organization&apos;s OAuth client that each conversation exists in this organization and region, and adds its summary and SIP messages to the evidence.</source>
        <translation>組織の OAuth クライアントで、各会話がこの組織とリージョンに存在するかを確認し、その概要と SIP メッセージを証拠に追加します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If no conversation applies, &amp;say why:</source>
        <translation>該当する会話がない場合は理由を記入(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why no conversation ID applies</source>
        <translation>会話 ID がない理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needed only when the case has no conversation ID, so Product Support knows why.</source>
        <translation>ケースに会話 ID がない場合にのみ必要です。その理由を Product Support に伝えます。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No conversation ID found in that text.</source>
        <translation>テキストに会話 ID が見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Added %n IDs; %1 already listed.</source>
        <translation>
            <numerusform>%n 個の ID を追加しました (%1 個は追加済み)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Removed %n IDs.</source>
        <translation>
            <numerusform>%n 個の ID を削除しました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CriticalBanner</name>
    <message>
        <location filename="../../care_desktop/ui/critical_banner.py" line="+55"/>
        <source>&amp;Critical outage — call Customer Care</source>
        <translation>重大な障害 — カスタマーケアに電話(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical outage: call Customer Care</source>
        <translation>重大な障害: カスタマーケアに電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shows the number to call for Severity 1 and what to read out on the phone.</source>
        <translation>重大度 1 で電話する番号と、電話で読み上げる内容を表示します。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&lt;b&gt;Critical outage (Severity 1)?&lt;/b&gt; Phone only, 24x7.</source>
        <translation>&lt;b&gt;重大な障害 (重大度 1) ですか?&lt;/b&gt; 電話のみ、24 時間 365 日受付。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Call %1 (%2, %3).</source>
        <translation>電話番号: %1 (%2、%3)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your region is not known yet: call the international line of your region.</source>
        <translation>リージョンがまだ分かりません: お使いのリージョンの国際番号に電話してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Published %1: verify before calling.</source>
        <translation>%1 時点の番号です。電話する前に確認してください。</translation>
    </message>
</context>
<context>
    <name>CriticalOutageDialog</name>
    <message>
        <location filename="../../care_desktop/ui/critical_outage.py" line="+55"/>
        <source>Sea&amp;rch:</source>
        <translation>検索(&amp;R):</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Critical outage: call Customer Care</source>
        <translation>重大な障害: カスタマーケアに電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save as a Severity 1 draft and continue</source>
        <translation>重大度 1 の下書きとして保存して続行(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keeps the case number and these details, and opens the case to add its evidence.</source>
        <translation>ケース番号とこれらの情報を保存し、資料を追加するためにケースを開きます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closes this window without saving a draft.</source>
        <translation>下書きを保存せずにこのウィンドウを閉じます。</translation>
    </message>
</context>
<context>
    <name>DeadlinesTable</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/case_tables.py" line="+53"/>
        <source>When</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due (case&apos;s time)</source>
        <translation>期限 (ケースの現地時刻)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>ケース</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>期限の種類</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All deadlines, next first</source>
        <translation>すべての期限 (近い順)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every running deadline of the tracked cases; activate one to show its case.</source>
        <translation>追跡中のケースの進行中の期限すべてです。項目を開くとそのケースを表示します。</translation>
    </message>
</context>
<context>
    <name>DescriptionPage</name>
    <message>
        <location filename="../../care_desktop/ui/pages/description.py" line="+135"/>
        <source>Description and business impact</source>
        <translation>説明とビジネスへの影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One issue per case. Say what happens, when, to whom, and what it costs.</source>
        <translation>1 つのケースに 1 つの問題。何が、いつ、誰に起きていて、どんな影響があるかを記入します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>W&amp;hen:</source>
        <translation>発生日時(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description:</source>
        <translation>説明(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How &amp;often:</source>
        <translation>頻度(&amp;O):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who and &amp;where:</source>
        <translation>対象と場所(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Steps to reproduce:</source>
        <translation>再現手順(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Already tr&amp;ied:</source>
        <translation>試したこと(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business i&amp;mpact:</source>
        <translation>ビジネスへの影響(&amp;M):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>One line, e.g. Agents in Dublin hear no audio on inbound calls</source>
        <translation>1 行で。例: 東京のエージェントに着信コールの音声が聞こえない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I know when it happened (or started)</source>
        <translation>発生 (開始) 日時がわかっている</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happens, and what did you expect to happen? Quote exact error messages.</source>
        <translation>何が起きていて、本来はどうなるはずでしたか? エラー メッセージはそのまま引用してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Once, intermittently, every time ...</source>
        <translation>1 回のみ、断続的、毎回など</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Once</source>
        <translation>1 回のみ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intermittently</source>
        <translation>断続的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every time</source>
        <translation>毎回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuously since it started</source>
        <translation>発生以降ずっと</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Which users, queues or sites; their working hours and location</source>
        <translation>影響を受けるユーザー、キュー、サイトと、その勤務時間や所在地</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1. ...
2. ...
Or say that it cannot be reproduced at will.</source>
        <translation>1. ...
2. ...
任意に再現できない場合はその旨を記入します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What you tried, and what happened</source>
        <translation>試したことと、その結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many agents or customers are affected, which business functions, since when</source>
        <translation>影響を受けるエージェントや顧客の数、業務機能、いつから</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case title</source>
        <translation>ケースの件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When it happened</source>
        <translation>発生日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description of the issue</source>
        <translation>問題の説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How often it happens</source>
        <translation>発生頻度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who and where is affected</source>
        <translation>影響を受ける対象と場所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps to reproduce</source>
        <translation>再現手順</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was already tried</source>
        <translation>すでに試したこと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business impact</source>
        <translation>ビジネスへの影響</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A one-line summary of the issue, used as the case title.</source>
        <translation>問題の 1 行の要約です。ケースのタイトルになります。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The date and time the issue happened or started.</source>
        <translation>問題が発生した (または始まった) 日時です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How often the issue happens: choose one or type your own.</source>
        <translation>問題が発生する頻度です。一覧から選ぶか、自由に入力します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The steps that make the issue happen, or that it cannot be reproduced at will.</source>
        <translation>問題が発生する手順、または意図的には再現できないことを書きます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Turns on the date and time field for when it happened.</source>
        <translation>発生日時の入力欄を有効にします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time zone of that time</source>
        <translation>その時刻のタイム ゾーン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time zone the date and time beside it are in, e.g. Europe/Paris for 09:10 CET.</source>
        <translation>隣の日時のタイム ゾーン (例: 09:10 CET なら Europe/Paris)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time zone of the time beside it (stored with the case)</source>
        <translation>隣の時刻のタイム ゾーン (ケースと一緒に保存されます)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Split into separate drafts</source>
        <translation>別々の下書きに分割</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes one draft for each issue this description covers.</source>
        <translation>この説明に含まれる問題ごとに下書きを 1 つずつ作成します。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>(was: %1)</source>
        <translation>(変更前: %1)</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>This description seems to report %n separate issues. Product Support asks for one issue per case so that each can be tracked to its resolution.</source>
        <translation>
            <numerusform>この説明には %n 件の別々の問題が含まれているようです。それぞれを解決まで追跡できるよう、Product Support は 1 つのケースに 1 つの問題を求めています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Split into %n drafts…</source>
        <translation>
            <numerusform>%n 件の下書きに分割…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../care_desktop/ui/dialogs.py" line="+149"/>
        <source>this link</source>
        <translation>このリンク</translation>
    </message>
</context>
<context>
    <name>DraftsPanel</name>
    <message>
        <location filename="../../care_desktop/ui/drafts_panel.py" line="+89"/>
        <source>Drafts (one issue each)</source>
        <translation>下書き (1 件につき 1 つの問題)</translation>
    </message>
    <message>
        <location filename="../../care_desktop/ui/drafts_model.py" line="+122"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>ケース番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last saved</source>
        <translation>最終保存</translation>
    </message>
    <message>
        <location filename="../../care_desktop/ui/drafts_panel.py" line="+1"/>
        <source>Drafts</source>
        <translation>下書き</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your unfiled cases, one issue each; select one to act on it.</source>
        <translation>未提出のケースです (1 件に 1 つの問題)。選択すると操作できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No drafts yet. Start with New case: one draft per issue.</source>
        <translation>下書きはまだありません。[新しいケース] から始めてください (1 つの問題に 1 つの下書き)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New case</source>
        <translation>新しいケース(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts a new case in the wizard.</source>
        <translation>ウィザードで新しいケースを開始します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the selected draft in the wizard.</source>
        <translation>選択した下書きをウィザードで開きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Makes a copy of the selected draft, for another issue.</source>
        <translation>別の問題のために、選択した下書きのコピーを作成します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deletes the selected draft; Undo brings it back.</source>
        <translation>選択した下書きを削除します。[元に戻す] で復元できます。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/ui/drafts_model.py" line="+28"/>
        <location line="+19"/>
        <source>(untitled)</source>
        <translation>(無題)</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1 (damaged)</source>
        <translation>%1 (破損)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · created %2</source>
        <translation>%1 · 作成 %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Created %1</source>
        <translation>作成: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last saved %1</source>
        <translation>最終保存: %1</translation>
    </message>
</context>
<context>
    <name>EntryRow</name>
    <message>
        <location filename="../../care_desktop/ui/phones/entry_row.py" line="+128"/>
        <source>Toll-free</source>
        <translation>通話料: 無料</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not toll-free</source>
        <translation>通話料: 有料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toll-free: not stated</source>
        <translation>通話料: 記載なし</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the number exactly as printed</source>
        <translation>番号を記載どおりにコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies this phone number to the clipboard, as printed.</source>
        <translation>この電話番号を表記どおりにクリップボードにコピーします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy derived</source>
        <translation>導出形式をコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1, the form to dial from abroad (derived)</source>
        <translation>%1 (海外からかける形式、導出) をコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy %1 (derived)</source>
        <translation>%1 をコピー (導出)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the form to dial from abroad, derived from the printed number.</source>
        <translation>記載された番号から導出した、海外からかける形式をクリップボードにコピーします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Call</source>
        <translation>発信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call derived</source>
        <translation>導出形式に電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call %1 with your phone application</source>
        <translation>電話アプリで %1 に電話</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Derived: dial %1 from abroad, %2 within %3.</source>
        <translation>導出: 海外からは %1、%3国内からは %2 にかけてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>⚠ Do not dial the (0) from abroad: it is the trunk prefix used only for calls within the country. The forms above follow from the printed number by the usual rules (worked out by Care Desktop, not published).</source>
        <translation>⚠ 海外からは (0) をダイヤルしないでください。これは国内通話でだけ使う国内プレフィックスです。上の形式は記載された番号から通常の規則で導いたものです (Care Desktop が算出したもので、公開されたものではありません)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>⚠ The printed number is grouped unusually; the forms above follow from it by the usual rules (worked out by Care Desktop, not published).</source>
        <translation>⚠ 記載された番号の区切り方が通常と異なります。上の形式は通常の規則で導いたものです (Care Desktop が算出したもので、公開されたものではありません)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ Written for callers inside the country in its label: from a phone there, dial it exactly as printed. It does not work from abroad.</source>
        <translation>⚠ ラベルの国の中からかける番号です。その国の電話から記載どおりにダイヤルしてください。海外からはつながりません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>⚠ This number cannot be dialled from abroad as printed: with its “+” it is not a valid international number. From a phone in the country in its label, try it as printed without the “+”.</source>
        <translation>⚠ この番号は記載どおりでは海外からかけられません。「+」付きでは有効な国際番号になりません。ラベルの国の電話から、「+」を除いて記載どおりにかけてみてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>If it does not connect, call %1 (%2, %3).</source>
        <translation>つながらない場合は %1 (%2、%3) にかけてください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Published note: %1.</source>
        <translation>公開元の注記: %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the number</source>
        <translation>この番号</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Call %1</source>
        <translation>%1 に発信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calls this number with your phone application.</source>
        <translation>この番号に電話アプリケーションで発信します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number for %1: %2</source>
        <translation>%1 の番号: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2: %3</source>
        <translation>%1、%2: %3</translation>
    </message>
</context>
<context>
    <name>EscalationBanner</name>
    <message>
        <location filename="../../care_desktop/ui/tracker/escalation_reminders.py" line="+96"/>
        <source>Case %1: an escalation is possible since %2.</source>
        <translation>ケース %1: %2 からエスカレーションを依頼できます。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Show cases</source>
        <translation>ケースを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the case tracker.</source>
        <translation>ケーストラッカーを開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the escalation reminders</source>
        <translation>エスカレーションのリマインダーを閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hides these reminders; each is shown once.</source>
        <translation>これらのリマインダーを非表示にします。各リマインダーは一度だけ表示されます。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Escalation windows</source>
        <translation>エスカレーションの受付</translation>
    </message>
</context>
<context>
    <name>EscalationBox</name>
    <message>
        <location filename="../../care_desktop/ui/tracker/escalation_box.py" line="+93"/>
        <source>Escalation</source>
        <translation>エスカレーション</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why you ask for an escalation (for your records and the e-mail)</source>
        <translation>エスカレーションを依頼する理由 (記録とメール用)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason for the escalation</source>
        <translation>エスカレーションの理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept with the escalation; FedRAMP puts it in the e-mail.</source>
        <translation>エスカレーションと一緒に保存されます。FedRAMP ではメールに記載されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation re&amp;quested</source>
        <translation>エスカレーションを依頼した(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation c&amp;losed</source>
        <translation>エスカレーションが終了した(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind me when an escalation becomes possible</source>
        <translation>エスカレーションを依頼できるようになったら知らせる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open escalation e-mail (&amp;FedRAMP)</source>
        <translation>エスカレーションのメールを開く (FedRAMP)(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y e-mail text</source>
        <translation>メールの文面をコピー(&amp;Y)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records that you asked Product Support to escalate the case, at the time given.</source>
        <translation>Product Support にケースのエスカレーションを依頼したことを、指定した時刻で記録します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records that the active escalation was closed, at the time given.</source>
        <translation>進行中のエスカレーションが終了したことを、指定した時刻で記録します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows a reminder when the escalation window opens.</source>
        <translation>エスカレーションを依頼できるようになったときにリマインダーを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the FedRAMP escalation e-mail in your e-mail program.</source>
        <translation>FedRAMP のエスカレーションのメールをメールソフトで開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the FedRAMP escalation e-mail&apos;s subject and body.</source>
        <translation>FedRAMP のエスカレーションのメールの件名と本文をコピーします。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An escalation is active since %1.</source>
        <translation>%1 からエスカレーションが進行中です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An escalation is active.</source>
        <translation>エスカレーションが進行中です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This case is not eligible for escalation.</source>
        <translation>このケースはエスカレーションの対象外です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation possible once the case is reopened.</source>
        <translation>ケースを再オープンすればエスカレーションを依頼できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation possible now.</source>
        <translation>今すぐエスカレーションを依頼できます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Escalation possible since %1.</source>
        <translation>%1 からエスカレーションを依頼できます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation possible from %1.</source>
        <translation>%1 からエスカレーションを依頼できます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>FedRAMP: escalations go by e-mail, not through the portal.</source>
        <translation>FedRAMP: エスカレーションはポータルではなくメールで依頼します。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Escalation requested: %1</source>
        <translation>エスカレーション依頼: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Escalation closed: %1</source>
        <translation>エスカレーション終了: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case updated: %1</source>
        <translation>ケース更新: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceChoiceDialog</name>
    <message>
        <location filename="../../care_desktop/ui/tracker/evidence_choice.py" line="+76"/>
        <source>Add evidence to case %1</source>
        <translation>ケース %1 に証拠を追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the files for a new package for case %1. Files already sent with the case (the same content, by SHA-256) are left out; tick one to send it again.</source>
        <translation>ケース %1 の新しいパッケージに入れるファイルを選んでください。このケースで送信済みのファイル (SHA-256 で同じ内容) は除外されます。もう一度送るにはチェックを入れてください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (sent before)</source>
        <translation>%1 (送信済み)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 (new)</source>
        <translation>%1 (新規)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot be read, so not offered: %1.</source>
        <translation>読み取れないため候補にありません: %1。</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>&amp;Build package with %n files</source>
        <translation>
            <numerusform>%n 個のファイルでパッケージを作成(&amp;B)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceClocksBox</name>
    <message>
        <location filename="../../care_desktop/ui/tracker/evidence_clocks.py" line="+138"/>
        <source>Evidence clocks (kept by Genesys Cloud)</source>
        <translation>証拠の保持期限 (Genesys Cloud 側)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence clocks of the case</source>
        <translation>ケースの証拠の保持期限</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>gone</source>
        <translation>削除済み</translation>
    </message>
</context>
<context>
    <name>EvidenceHelpDialog</name>
    <message>
        <location filename="../../care_desktop/ui/evidence_help_dialog.py" line="+44"/>
        <source>How to save console logs and HAR files</source>
        <translation>コンソール ログと HAR ファイルの保存方法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chrome and Edge</source>
        <translation>Chrome と Edge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Firefox</source>
        <translation>Firefox</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Genesys Cloud desktop app</source>
        <translation>Genesys Cloud デスクトップ アプリ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help: %1</source>
        <translation>ヘルプ: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Steps to save console logs and HAR files, read-only.</source>
        <translation>コンソール ログと HAR ファイルの保存手順です (読み取り専用)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closes the help.</source>
        <translation>ヘルプを閉じます。</translation>
    </message>
</context>
<context>
    <name>EvidencePackage</name>
    <message>
        <location filename="../../care_desktop/ui/tracker/evidence_package.py" line="+57"/>
        <source>Nothing new</source>
        <translation>新しいファイルはありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything attached to case %1 was sent already.</source>
        <translation>ケース %1 の添付ファイルはすべて送信済みです。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Draft cannot be opened</source>
        <translation>下書きを開けません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Evidence package ready</source>
        <translation>資料パッケージの準備ができました</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 holds the %n new files for case %2. Upload it to that case in My Support.</source>
        <translation>
            <numerusform>%1 に、ケース %2 の新しいファイル %n 個が含まれています。マイサポートでそのケースにアップロードしてください。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No package was written</source>
        <translation>パッケージは作成されていません</translation>
    </message>
</context>
<context>
    <name>EvidencePreview</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/evidence_preview.py" line="+61"/>
        <source>Preview of the file&apos;s first and last lines</source>
        <translation>ファイルの先頭と末尾の行のプレビュー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the start and end of the selected file, read-only.</source>
        <translation>選択したファイルの先頭と末尾を表示します (読み取り専用)。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail of the image</source>
        <translation>画像のサムネイル</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Select a file to see what it holds.</source>
        <translation>ファイルを選択すると内容が表示されます。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Image %1 × %2 (%3)</source>
        <translation>画像 %1 × %2 (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>HAR %1 from %2</source>
        <translation>HAR %1 (作成元: %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n pages</source>
        <translation>
            <numerusform>%n ページ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n requests</source>
        <translation>
            <numerusform>%n リクエスト</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>… %n more lines …</source>
        <translation>
            <numerusform>… ほか %n 行 …</numerusform>
        </translation>
    </message>
    <message>
        <location line="-19"/>
        <source>From %1 to %2</source>
        <translation>%1 ～ %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hosts: %1</source>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>… (lines not shown) …</source>
        <translation>… (表示していない行) …</translation>
    </message>
</context>
<context>
    <name>EvidenceReminder</name>
    <message>
        <location filename="../../care_desktop/ui/tracker/evidence_clocks.py" line="+27"/>
        <source>Case %1: %2. %3</source>
        <translation>ケース %1: %2。%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evidence that runs out soon</source>
        <translation>まもなく消える証拠</translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <location filename="../../care_desktop/ui/pages/finish.py" line="+143"/>
        <source>Package and file</source>
        <translation>パッケージの作成とケースの提出</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Build the package, open a case in My Support with the text, then upload the package to it.</source>
        <translation>パッケージを作成し、テキストを使ってマイサポートでケースを作成してから、そのケースにパッケージをアップロードします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The package</source>
        <translation>パッケージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save in &amp;folder:</source>
        <translation>保存先フォルダー(&amp;F):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for the package</source>
        <translation>パッケージの保存先フォルダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hange…</source>
        <translation>変更(&amp;H)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include facts about this computer (OS, memory, screens, browsers)</source>
        <translation>このコンピューターの情報 (OS、メモリ、画面、ブラウザー) を含める</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;See what is included…</source>
        <translation>含まれる内容を確認(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel building the package</source>
        <translation>パッケージの作成をキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building the package</source>
        <translation>パッケージを作成しています</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>B&amp;uild package</source>
        <translation>パッケージを作成(&amp;U)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the f&amp;older</source>
        <translation>フォルダーを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy case text</source>
        <translation>ケース本文をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open &amp;My Support</source>
        <translation>マイサポートを開く(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I filed it: &amp;track the case…</source>
        <translation>提出しました: ケースを追跡(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder the case package (a zip file) is saved in.</source>
        <translation>ケースのパッケージ (zip ファイル) を保存するフォルダーです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chooses another folder for the package.</source>
        <translation>パッケージの保存先として別のフォルダーを選択します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds a file with facts about this computer to the package.</source>
        <translation>このコンピューターの情報を記したファイルをパッケージに追加します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the facts about this computer that the package would include.</source>
        <translation>パッケージに含まれる、このコンピューターの情報を表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redacts the attachments and builds the package to upload.</source>
        <translation>添付ファイルから秘密情報を除去し、アップロードするパッケージを作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops building the package.</source>
        <translation>パッケージの作成を中止します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the folder holding the package in your file manager.</source>
        <translation>パッケージのあるフォルダーをファイル マネージャーで開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the whole case text to the clipboard.</source>
        <translation>ケース本文全体をクリップボードにコピーします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the My Support portal in your web browser.</source>
        <translation>Web ブラウザーでマイサポート ポータルを開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the filed case to the case tracker, which follows its deadlines.</source>
        <translation>提出したケースをケースの追跡に追加し、その期限を管理します。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Save the package in</source>
        <translation>パッケージの保存先</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Facts about this computer</source>
        <translation>このコンピューターの情報</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exactly this is attached as system/system-info.json when the box is ticked.</source>
        <translation>チェックを入れると、これがそのまま system/system-info.json として添付されます。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replace the package?</source>
        <translation>パッケージを置き換えますか?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 exists. Replace it?</source>
        <translation>%1 はすでに存在します。置き換えますか?</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancelled: no package was written.</source>
        <translation>キャンセルしました。パッケージは作成されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removing secrets, compressing and checking every file…</source>
        <translation>各ファイルの秘密情報の除去、圧縮、確認を行っています…</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>&lt;b&gt;Package ready:&lt;/b&gt; %1 (%2). %n values were removed.</source>
        <translation>
            <numerusform>&lt;b&gt;パッケージの準備ができました:&lt;/b&gt; %1 (%2)。%n 個の値を除去しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next: open a case in My Support, paste the case text, save it, then upload this package.</source>
        <translation>次の手順: マイサポートでケースを作成してケース本文を貼り付け、保存してから、このパッケージをアップロードします。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Not in the package (cannot be redacted): %1.</source>
        <translation>パッケージに含まれていません (マスクできません): %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent as is on purpose, not redacted: %1.</source>
        <translation>意図してそのまま送信 (マスクなし): %1。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No package was written: %1</source>
        <translation>パッケージは作成されていません: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>the folder</source>
        <translation>このフォルダー</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The case text is on the clipboard.</source>
        <translation>ケース本文をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the web page</source>
        <translation>この Web ページ</translation>
    </message>
</context>
<context>
    <name>FirstResponse</name>
    <message>
        <location filename="../../care_desktop/ui/first_response.py" line="+35"/>
        <source>&lt;b&gt;Severity 1: call Customer Care.&lt;/b&gt; The target initial response is 10 minutes, 24x7.</source>
        <translation>&lt;b&gt;重大度 1: カスタマーケアに電話してください。&lt;/b&gt;目標初回応答時間は 24 時間 365 日、10 分です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;If you file it now, the first response is due by %1.&lt;/b&gt;</source>
        <translation>&lt;b&gt;今提出すると、初回応答の期限は %1 です。&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>FolderFeedback</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/folder_feedback.py" line="+22"/>
        <source>Folder %1: %2</source>
        <translation>フォルダー %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Folder %1 holds more files: only the first were taken.</source>
        <translation>フォルダー %1 にはさらにファイルがあります。最初のファイルだけを追加しました。</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../care_desktop/ui/help_menu.py" line="+52"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How to save &amp;logs and HAR files…</source>
        <translation>ログと HAR ファイルの保存方法(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open the &amp;data folder</source>
        <translation>データ フォルダーを開く(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Care Desktop…</source>
        <translation>Care Desktop について(&amp;A)…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the web page</source>
        <translation>この Web ページ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the folder</source>
        <translation>このフォルダー</translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/status_panel.py" line="+117"/>
        <source>Latest update %1:</source>
        <translation>最新の更新 (%1):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latest update:</source>
        <translation>最新の更新:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open on the status page</source>
        <translation>ステータス ページで開く</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Incident: %1</source>
        <translation>インシデント: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reference this incident in my case</source>
        <translation>このインシデントにケースで言及する(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference the incident %1 in my case</source>
        <translation>インシデント %1 にケースで言及する</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds this incident to the case text, so Product Support can link the two.</source>
        <translation>このインシデントをケース本文に記載し、Product Support が両者を関連付けられるようにします。</translation>
    </message>
</context>
<context>
    <name>JapanCareNote</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/japan_care_note.py" line="+50"/>
        <source>For organizations in Japan, Customer Care publishes its own guide: %1.</source>
        <translation>日本の組織向けに、カスタマーケアは専用のガイドを公開しています: %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genesys Cloud Customer Care (Japan)</source>
        <translation>Genesys Cloud カスタマーケア (日本)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer Care guide for Japan</source>
        <translation>日本向けカスタマーケア ガイド</translation>
    </message>
</context>
<context>
    <name>LogPickerDialog</name>
    <message>
        <location filename="../../care_desktop/ui/log_picker_dialog.py" line="+80"/>
        <source>Genesys Cloud desktop app logs</source>
        <translation>Genesys Cloud デスクトップ アプリのログ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logs found on this computer, newest first. Tick the ones to attach; they are redacted before anything leaves this computer. Locations marked unconfirmed come from no official source.</source>
        <translation>このコンピューターで見つかったログです (新しい順)。添付するログをチェックしてください。このコンピューターから出る前にマスキングされます。「未確認」の場所は公式の情報に基づくものではありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No log of the Genesys Cloud desktop app was found in the known locations.</source>
        <translation>既知の場所に Genesys Cloud デスクトップ アプリのログは見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looked in:</source>
        <translation>検索した場所:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse for other logs…</source>
        <translation>他のログを参照(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose log files kept somewhere else.</source>
        <translation>別の場所にあるログ ファイルを選びます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs found</source>
        <translation>見つかったログ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logs found on this computer, newest first; tick the ones to attach.</source>
        <translation>このコンピューターで見つかったログです (新しい順)。添付するログをチェックします。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attaches the ticked logs to the case.</source>
        <translation>チェックしたログをケースに添付します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without attaching any log.</source>
        <translation>ログを添付せずに閉じます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unconfirmed location</source>
        <translation>未確認の場所</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose log files</source>
        <translation>ログ ファイルを選択</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logs (*.log *.txt);;All files (*)</source>
        <translation>ログ (*.log *.txt);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../care_desktop/ui/main_window.py" line="+200"/>
        <source>Care Desktop</source>
        <translation>Care Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New case</source>
        <translation>新しいケース(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import case file…</source>
        <translation>ケース ファイルをインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Critical outage: call Customer Care…</source>
        <translation>重大な障害: カスタマーケアに電話(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone directory…</source>
        <translation>電話番号一覧(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;tracker…</source>
        <translation>ケースの追跡(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete draft</source>
        <translation>下書きを削除</translation>
    </message>
    <message>
        <location filename="../../care_desktop/ui/draft_actions.py" line="+71"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Brings back the draft you just deleted.</source>
        <translation>削除した下書きを復元します。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/ui/main_window.py" line="+41"/>
        <source>Case %1 is now tracked with its deadlines.</source>
        <translation>ケース %1 の期限の追跡を開始しました。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/ui/draft_actions.py" line="+17"/>
        <location line="+47"/>
        <source>Draft cannot be opened</source>
        <translation>下書きを開けません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1
It stays in the list so that nothing is lost; you may delete it.</source>
        <translation>%1
データが失われないよう一覧に残しています。不要なら削除してください。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Duplicated.</source>
        <translation>複製しました。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Draft deleted.</source>
        <translation>下書きを削除しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Draft restored.</source>
        <translation>下書きを元に戻しました。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/ui/case_import.py" line="+42"/>
        <source>Import a case file</source>
        <translation>ケース ファイルのインポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case files and packages (*.json *.zip);;Case files (*.json)</source>
        <translation>ケース ファイルとパッケージ (*.json *.zip);;ケース ファイル (*.json)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case packages (*.zip)</source>
        <translation>ケース パッケージ (*.zip)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not a case file</source>
        <translation>ケース ファイルではありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import anyway?</source>
        <translation>インポートしますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case file has problems; the draft will need them fixed:
%1</source>
        <translation>ケース ファイルに問題があります。下書きで修正が必要です:
%1</translation>
    </message>
    <message>
        <location filename="../../care_desktop/app.py" line="+227"/>
        <source>Saved data was damaged</source>
        <translation>保存データが破損していました</translation>
    </message>
</context>
<context>
    <name>OrgForm</name>
    <message>
        <location filename="../../care_desktop/ui/pages/organization.py" line="+120"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Short name:</source>
        <translation>略称(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization &amp;ID:</source>
        <translation>組織 ID(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ame:</source>
        <translation>氏名(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone:</source>
        <translation>電話(&amp;P):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Genesys Cloud: Admin &gt; Account Settings &gt; Organization Settings. It is the short name.</source>
        <translation>Genesys Cloud の [管理] &gt; [アカウント設定] &gt; [組織の設定] に表示される略称です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In Genesys Cloud: Admin &gt; Account Settings &gt; Organization Settings, then click Advanced.</source>
        <translation>Genesys Cloud の [管理] &gt; [アカウント設定] &gt; [組織の設定] を開き、[詳細] をクリックします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look up with an OAuth client…</source>
        <translation>OAuth クライアントで取得(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>Fill the organization ID and short name from Genesys Cloud; the secret is never saved.</source>
        <translation>組織 ID と略称を Genesys Cloud から取得して入力します。シークレットは保存されません。</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+2"/>
        <source>Where do I find the short name?</source>
        <translation>略称の確認場所</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+2"/>
        <source>Where do I find the organization ID?</source>
        <translation>組織 ID の確認場所</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Shows or hides where to find it in Genesys Cloud.</source>
        <translation>Genesys Cloud での確認場所を表示または非表示にします。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Organization short name</source>
        <translation>組織の略称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The short name your organization logs in with.</source>
        <translation>組織がログインに使う略称です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A UUID: 32 hexadecimal digits in groups of 8-4-4-4-12</source>
        <translation>UUID: 16 進数 32 桁を 8-4-4-4-12 に区切ったもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genesys Cloud region</source>
        <translation>Genesys Cloud のリージョン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where your organization runs; it chooses the status and phone numbers shown.</source>
        <translation>組織が稼働しているリージョンです。表示するステータスと電話番号がこれで決まります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact Product Support speaks to about the case.</source>
        <translation>ケースについて Product Support が連絡する担当者です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where Product Support writes to you about the case.</source>
        <translation>ケースについて Product Support からメールが届くアドレスです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Where Product Support can call you back</source>
        <translation>Product Support からの折り返し先</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Your e-mail address</source>
        <translation>メール アドレス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your callback phone number</source>
        <translation>折り返し先の電話番号</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Valid organization ID</source>
        <translation>有効な組織 ID です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not a valid ID yet: 8-4-4-4-12 hexadecimal digits</source>
        <translation>まだ有効な ID ではありません (16 進数 8-4-4-4-12 桁)</translation>
    </message>
</context>
<context>
    <name>OrgLookupDialog</name>
    <message>
        <location filename="../../care_desktop/ui/org_lookup_dialog.py" line="+93"/>
        <location line="+8"/>
        <source>Look up the organization</source>
        <translation>組織情報の取得</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Optional: with an OAuth client of your organization (grant type Client Credentials), Care Desktop asks Genesys Cloud for the organization ID and short name. The secret is used once and never saved.</source>
        <translation>任意: 組織の OAuth クライアント (付与タイプ: Client Credentials) を使い、Care Desktop が Genesys Cloud に組織 ID と略称を問い合わせます。シークレットは 1 回だけ使用され、保存されません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Look up</source>
        <translation>取得(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;permissions…</source>
        <translation>権限を確認(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lists which Platform API permissions this client has and what each one unlocks.</source>
        <translation>このクライアントが持つ Platform API の権限と、それぞれで可能になることを一覧表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Use these values</source>
        <translation>この値を使用(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the organization ID and short name found</source>
        <translation>取得した組織 ID と略称を使用する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look-up result</source>
        <translation>取得結果</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s secret: used once for this look-up and never saved.</source>
        <translation>クライアントのシークレットです。この取得に 1 回だけ使い、保存されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The region your organization runs in; the look-up asks that region.</source>
        <translation>組織が稼働しているリージョンです。このリージョンに問い合わせます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asks Genesys Cloud for the organization ID and short name.</source>
        <translation>Genesys Cloud に組織 ID と略称を問い合わせます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fills the organization ID and short name found into the form.</source>
        <translation>取得した組織 ID と略称をフォームに入力します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without using the result.</source>
        <translation>結果を使わずに閉じます。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Asking Genesys Cloud…</source>
        <translation>Genesys Cloud に問い合わせています…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Organization:</source>
        <translation>組織:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name:</source>
        <translation>略称:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization ID:</source>
        <translation>組織 ID:</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <location filename="../../care_desktop/ui/pages/organization.py" line="+54"/>
        <source>Organization and contact</source>
        <translation>組織と連絡先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product Support needs the organization short name and ID to find your organization.</source>
        <translation>Product Support がお客様の組織を特定するには、組織の略称と組織 ID が必要です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remember the organization and contact for my next cases</source>
        <translation>組織と連絡先を次のケースでも使う</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fills these details into every new case on this computer.</source>
        <translation>このコンピューターで作成する新しいケースすべてに、これらの情報を入力します。</translation>
    </message>
</context>
<context>
    <name>PhoneDirectoryDialog</name>
    <message>
        <location filename="../../care_desktop/ui/phones/directory_dialog.py" line="+34"/>
        <source>number</source>
        <translation>番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>toll-free</source>
        <translation>通話料無料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>caution</source>
        <translation>注意事項</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>地域</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>your imported directory (as of %1)</source>
        <translation>インポートした一覧 (%1 時点)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>your administrator&apos;s directory (as of %1)</source>
        <translation>管理者が配置した一覧 (%1 時点)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the bundled directory (as of %1)</source>
        <translation>同梱の一覧 (%1 時点)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>File: %1</source>
        <translation>ファイル: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of: %1</source>
        <translation>基準日: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>These numbers are more than a year old: verify them before calling.</source>
        <translation>これらの番号は 1 年以上前のものです。電話する前に確認してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Compared with %1:</source>
        <translation>%1 との比較:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No number is added, changed or removed.</source>
        <translation>追加、変更、削除された番号はありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Added (%1):</source>
        <translation>追加 (%1):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changed (%1):</source>
        <translation>変更 (%1):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Removed (%1):</source>
        <translation>削除 (%1):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unchanged: %1.</source>
        <translation>変更なし: %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes:</source>
        <translation>注意:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A directory deployed by your administrator is in use and takes precedence: your import is used only once it is removed.</source>
        <translation>管理者が配置した一覧が優先して使用されています。インポートした一覧は、管理者の一覧が削除されたときにだけ使用されます。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Customer Care phone numbers</source>
        <translation>カスタマーケアの電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import directory…</source>
        <translation>一覧をインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a phone directory file</source>
        <translation>電話番号一覧のファイルをインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a JSON, CSV or TSV directory, review the changes, then use it</source>
        <translation>JSON、CSV、TSV 形式の一覧を読み込み、変更内容を確認してから使用します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the &amp;bundled directory</source>
        <translation>同梱の一覧を使用(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <location line="+6"/>
        <source>Use the bundled directory</source>
        <translation>同梱の一覧を使用</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Forget your imported directory</source>
        <translation>インポートした一覧を破棄します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forgets your imported directory and goes back to the numbers bundled with Care Desktop.</source>
        <translation>インポートした一覧を破棄し、Care Desktop に同梱の番号に戻します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes the phone numbers window.</source>
        <translation>電話番号のウィンドウを閉じます。</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+7"/>
        <source>Import a phone directory</source>
        <translation>電話番号一覧のインポート</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Phone directories (*.json *.csv *.tsv);;All files (*)</source>
        <translation>電話番号一覧 (*.json *.csv *.tsv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot be used; nothing was changed.</source>
        <translation>%1 は使用できません。何も変更していません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use this directory?</source>
        <translation>この一覧を使用しますか?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The directory could not be saved: %1</source>
        <translation>一覧を保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your imported directory (%1) will be deleted and the bundled one used again.</source>
        <translation>インポートした一覧 (%1) を削除し、同梱の一覧に戻します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The directory deployed by your administrator stays in use.</source>
        <translation>管理者が配置した一覧は引き続き使用されます。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not delete it: %1</source>
        <translation>削除できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>PhoneDirectoryView</name>
    <message>
        <location filename="../../care_desktop/ui/phones/directory_view.py" line="+162"/>
        <source>Customer Care phone numbers for Severity 1 (24x7)</source>
        <translation>重大度 1 のカスタマーケア電話番号 (24 時間 365 日)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deployed by your administrator (%1)</source>
        <translation>管理者が配置 (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>imported by you (%1)</source>
        <translation>インポート済み (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>bundled with Care Desktop</source>
        <translation>Care Desktop に同梱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbers as of %1, %2.</source>
        <translation>%1 時点の番号、%2。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source: %1</source>
        <translation>出典: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where these numbers come from</source>
        <translation>これらの番号の出典</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Published on %1 — verify before calling: the numbers may have changed since.</source>
        <translation>⚠ %1 に公開された番号です。その後変更されている可能性があるため、電話する前に確認してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current numbers: %1</source>
        <translation>最新の番号: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Link to the official phone numbers page</source>
        <translation>公式の電話番号ページへのリンク</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Search:</source>
        <translation>検索(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country, region or label, e.g. Japan, Brazil, EMEA</source>
        <translation>国、地域、ラベル (例: Japan、Brazil、EMEA)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search the phone numbers by country, region or label</source>
        <translation>国、地域、ラベルで電話番号を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists only the numbers that match what you type.</source>
        <translation>入力した内容に一致する番号だけを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;all regions</source>
        <translation>すべての地域を表示(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show all regions</source>
        <translation>すべての地域を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lists the numbers of every region, not only yours.</source>
        <translation>自分の地域だけでなく、すべての地域の番号を表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <source>Phone numbers</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Matches for “%1”</source>
        <translation>「%1」の検索結果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For you</source>
        <translation>お客様向け</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>No entry matches “%1”. Try a country, a region or a label, e.g. Japan or EMEA.</source>
        <translation>「%1」に一致する番号はありません。国、地域、ラベル (例: Japan、EMEA) で検索してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your region is not known: all regions are shown. Search for your country.</source>
        <translation>お客様の地域が不明なため、すべての地域を表示しています。国名で検索してください。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Copied %1 to the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>PlatformCheckDialog</name>
    <message>
        <location filename="../../care_desktop/ui/conversations/platform_dialog.py" line="+151"/>
        <source>Check each conversation: start and end, media, direction, queues, flows and how it ended (Analytics &gt; Conversation Detail &gt; View).</source>
        <translation>各会話の確認: 開始と終了、メディア、方向、キュー、フロー、終了の仕方 (Analytics &gt; Conversation Detail &gt; View)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attach the SIP messages of voice calls over a trunk, kept 21 days (Telephony &gt; Pcap &gt; View).</source>
        <translation>トランク経由の音声通話の SIP メッセージを添付 (21 日間保持、Telephony &gt; Pcap &gt; View)。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the organization&apos;s ID and short name (any client of the organization).</source>
        <translation>組織 ID と短縮名の取得 (組織のどのクライアントでも可)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check in Genesys Cloud</source>
        <translation>Genesys Cloud で確認</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With an OAuth client of your organization (grant type Client Credentials), Care Desktop checks that each conversation exists in this organization and region, and describes it for Customer Care. The secret is used for these requests only and never saved.</source>
        <translation>組織の OAuth クライアント (付与タイプ Client Credentials) を使って、Care Desktop は各会話がこの組織とリージョンに存在するかを確認し、カスタマーケア向けにその内容をまとめます。シークレットはこれらの要求にのみ使われ、保存されません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Include personal data (phone numbers, names, e-mail and IP addresses) in the evidence</source>
        <translation>証拠に個人データ (電話番号、氏名、メールアドレス、IP アドレス) を含める(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;permissions</source>
        <translation>権限を確認(&amp;P)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Check %n &amp;conversations</source>
        <translation>
            <numerusform>%n 件の会話を確認(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel check</source>
        <translation>確認を中止(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The client&apos;s secret: used for these requests only and never saved.</source>
        <translation>クライアントのシークレット: これらの要求にのみ使われ、保存されません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The region your organization runs in.</source>
        <translation>組織が稼働しているリージョン。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left off, numbers, names and addresses are removed from the summaries.</source>
        <translation>オフの場合、番号、氏名、アドレスは概要から削除されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tries each call once and lists the permissions the client has.</source>
        <translation>各呼び出しを 1 回ずつ試し、クライアントが持つ権限を一覧表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Looks up each conversation ID of the case in the organization.</source>
        <translation>ケースの各会話 ID を組織内で確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops the check.</source>
        <translation>確認を中止します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Permissions of the OAuth client</source>
        <translation>OAuth クライアントの権限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check result</source>
        <translation>確認結果</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Asking Genesys Cloud…</source>
        <translation>Genesys Cloud に問い合わせ中…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>granted</source>
        <translation>許可済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MISSING</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What this client may do:</source>
        <translation>このクライアントでできること:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The check was cancelled.</source>
        <translation>確認は中止されました。</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Found %1 of %n conversations; the results are on the Conversation IDs page.</source>
        <translation>
            <numerusform>%n 件中 %1 件の会話が見つかりました。結果は「会話 ID」のページにあります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlatformCredentials</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/platform_credentials.py" line="+70"/>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client &amp;secret:</source>
        <translation>クライアント シークレット(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client ID</source>
        <translation>OAuth クライアント ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client secret</source>
        <translation>OAuth クライアント シークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Genesys Cloud region</source>
        <translation>Genesys Cloud のリージョン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The ID of an OAuth client of your organization with Client Credentials.</source>
        <translation>組織の OAuth クライアント (付与タイプ: Client Credentials) の ID です。</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/problem_list.py" line="+51"/>
        <source>Problems</source>
        <translation>問題点</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Fix</source>
        <translation>修正</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fix: %1</source>
        <translation>修正: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to the field where this can be fixed.</source>
        <translation>この問題を修正できる入力欄に移動します。</translation>
    </message>
</context>
<context>
    <name>ProfilePanel</name>
    <message>
        <location filename="../../care_desktop/ui/profile_panel.py" line="+49"/>
        <source>Organization profile</source>
        <translation>組織プロファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filled into every new case. Kept on this computer only.</source>
        <translation>新しいケースに自動入力されます。このコンピューターにのみ保存されます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;profile</source>
        <translation>プロファイルを保存(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saves the organization and contact for new cases, on this computer only.</source>
        <translation>新しいケース用に組織と連絡先を保存します (このコンピューターにのみ保存)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;ame:</source>
        <translation>氏名(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;hone:</source>
        <translation>電話(&amp;H):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved. New cases start with these details.</source>
        <translation>保存しました。新しいケースにはこの情報が入力されます。</translation>
    </message>
</context>
<context>
    <name>ReadoutCard</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/readout_card.py" line="+52"/>
        <source>Read this out to Customer Care</source>
        <translation>カスタマーケアに読み上げる内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cop&amp;y card</source>
        <translation>カードをコピー(&amp;Y)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the read-out card as text</source>
        <translation>読み上げカードをテキストとしてコピー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the facts to read out to Customer Care to the clipboard, one per line.</source>
        <translation>カスタマーケアに読み上げる情報を 1 行ずつクリップボードにコピーします。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not known yet</source>
        <translation>まだ不明</translation>
    </message>
</context>
<context>
    <name>RedactionPage</name>
    <message>
        <location filename="../../care_desktop/ui/pages/redaction.py" line="+117"/>
        <source>Redaction review</source>
        <translation>マスキングの確認</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secrets are removed from every file before it is packaged. Check what goes, and what stays.</source>
        <translation>パッケージを作成する前に、すべてのファイルから秘密情報を除去します。除去されるものと残るものを確認してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Besides passwords, tokens, cookies and keys, also remove</source>
        <translation>パスワード、トークン、Cookie、キーに加えて除去するもの</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail addresses and phone numbers</source>
        <translation>メール アドレスと電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use the same numbered placeholder for the same value in every file</source>
        <translation>同じ値はすべてのファイルで同じ番号付きの代替文字列にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These &amp;words:</source>
        <translation>次の語句(&amp;W):</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>e.g. Acme Corp, db01.acme.lan (separated by commas)</source>
        <translation>例: Acme Corp, db01.acme.lan (カンマ区切り)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>&amp;Check again</source>
        <translation>再確認(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also replaces e-mail addresses and phone numbers with placeholders.</source>
        <translation>メール アドレスと電話番号も代替文字列に置き換えます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lets Product Support see that two files mention the same value without seeing it.</source>
        <translation>値そのものを見せずに、複数のファイルに同じ値が含まれることを Product Support に示せます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checks the files again with the choices above.</source>
        <translation>上の選択内容でファイルを再確認します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words to remove from every file</source>
        <translation>すべてのファイルから除去する語句</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include</source>
        <translation>含める</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Removed</source>
        <translation>除去数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files and what is removed from them</source>
        <translation>ファイルと除去される内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per file: whether it is included and what is removed; select one to see its changes.</source>
        <translation>ファイルごとに 1 行で、含めるかどうかと除去される内容を示します。選択すると変更箇所を表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed lines of the selected file</source>
        <translation>選択したファイルの変更される行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each changed line of the selected file, before and after.</source>
        <translation>選択したファイルで変更された各行の、変更前と変更後です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the check</source>
        <translation>確認をキャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stops checking the files for secrets.</source>
        <translation>ファイルの秘密情報の確認を中止します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the files</source>
        <translation>ファイルを確認しています</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The check failed: %1</source>
        <translation>確認に失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Checking %n files…</source>
        <translation>
            <numerusform>%n 個のファイルを確認しています…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+72"/>
        <source>%n values will be removed from %1.</source>
        <translation>
            <numerusform>%1から %n 個の値が除去されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n files</source>
        <translation>
            <numerusform>%n 個のファイル</numerusform>
        </translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Live sessions were captured in: %1.</source>
        <translation>有効なセッションが記録されています: %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Their tokens and cookies are removed here, but before you upload, sign out of Genesys Cloud (and any other site in the capture) in that browser, or revoke those sessions, so that a copy that leaks cannot be replayed.</source>
        <translation>トークンと Cookie はここで除去されますが、アップロードする前に、そのブラウザーで Genesys Cloud (と記録に含まれるほかのサイト) からサインアウトするか、それらのセッションを無効にしてください。コピーが漏えいしても再利用されないようにするためです。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Left out: %1</source>
        <translation>除外: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not be redacted safely: its redacted copy would not read the way the original does. Left out unless you tick Include (it is then redacted line by line only). %1</source>
        <translation>安全にマスキングできませんでした: マスキング後のコピーが元のファイルと同じ構造として読めません。「含める」にチェックしない限り除外されます（チェックすると行単位のマスキングだけが行われます）。%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not redacted (an image: check it yourself; redact boxes are burned in)</source>
        <translation>マスキングなし (画像のためご自身で確認してください。黒塗りは画像に焼き込まれます)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing to remove</source>
        <translation>除去するものはありません</translation>
    </message>
</context>
<context>
    <name>RegionSelector</name>
    <message>
        <location filename="../../care_desktop/ui/screenshots/region_selector.py" line="+110"/>
        <source>Select a region</source>
        <translation>範囲の選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a region of the screen</source>
        <translation>画面の範囲を選択</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Drag to select a region. Enter: the whole screen. Esc: cancel.</source>
        <translation>ドラッグして範囲を選択します。Enter: 画面全体、Esc: キャンセル</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../care_desktop/ui/reminders.py" line="+265"/>
        <source>Sho&amp;w cases</source>
        <translation>ケースを表示(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens the case tracker with these cases and their deadlines.</source>
        <translation>これらのケースと期限をケースの追跡で開きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dis&amp;miss</source>
        <translation>閉じる(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the deadline reminders</source>
        <translation>期限のリマインダーを閉じる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hides these reminders; they are not shown again while the app runs.</source>
        <translation>これらのリマインダーを閉じます。アプリの実行中は再表示されません。</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Case deadlines</source>
        <translation>ケースの期限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence that runs out soon</source>
        <translation>まもなく消える証拠</translation>
    </message>
</context>
<context>
    <name>ReminderCenter</name>
    <message>
        <location line="-205"/>
        <location line="+59"/>
        <source>Care Desktop: case deadlines</source>
        <translation>Care Desktop: ケースの期限</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>… and %n more.</source>
        <translation>
            <numerusform>… ほか %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <location filename="../../care_desktop/ui/pages/review.py" line="+87"/>
        <source>Review the case text</source>
        <translation>ケース本文の確認</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Before you file</source>
        <translation>提出する前に</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Check what Product Support will ask for, then paste the text into the My Support portal.</source>
        <translation>Product Support が求める情報を確認してから、テキストをマイサポート ポータルに貼り付けます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything Product Support usually asks for is here.</source>
        <translation>Product Support が通常求める情報はすべてそろっています。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case text (in English, in the portal&apos;s field order)</source>
        <translation>ケース本文 (英語、ポータルの入力欄の順)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy case text</source>
        <translation>ケース本文をコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save CASE.md and CASE.json…</source>
        <translation>CASE.md と CASE.json を保存(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open My Support</source>
        <translation>マイサポートを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copies the whole case text to the clipboard.</source>
        <translation>ケース本文全体をクリップボードにコピーします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saves the case text as Markdown and JSON in a folder you choose.</source>
        <translation>ケース本文を Markdown と JSON で、選択したフォルダーに保存します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the My Support portal in your web browser.</source>
        <translation>Web ブラウザーでマイサポート ポータルを開きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quality checks</source>
        <translation>品質チェック</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The case text is on the clipboard.</source>
        <translation>ケース本文をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the case files in</source>
        <translation>ケース ファイルの保存先</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Replace the case files?</source>
        <translation>ケース ファイルを置き換えますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already holds CASE.md or CASE.json. Replace them?</source>
        <translation>%1 には CASE.md または CASE.json がすでにあります。置き換えますか?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>保存されていません</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The case files could not be saved: %1</source>
        <translation>ケース ファイルを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1 and %2.</source>
        <translation>%1 と %2 を保存しました。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the web page</source>
        <translation>この Web ページ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is on the clipboard.</source>
        <translation>%1 をクリップボードにコピーしました。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy %1</source>
        <translation>%1 をコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies this field&apos;s text to the clipboard, for the portal&apos;s form.</source>
        <translation>この項目のテキストを、ポータルのフォームに貼り付けられるようクリップボードにコピーします。</translation>
    </message>
</context>
<context>
    <name>ScreenCapture</name>
    <message>
        <location filename="../../care_desktop/ui/screenshots/grabbing.py" line="+52"/>
        <source>On this desktop (Wayland) Care Desktop cannot capture the screen itself. Take the screenshot with your system&apos;s own tool (for example the Print Screen key), then attach the image.</source>
        <translation>このデスクトップ (Wayland) では、Care Desktop は画面を直接キャプチャできません。システムのツール (たとえば Print Screen キー) でスクリーンショットを撮り、その画像を添付してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>macOS has not allowed Care Desktop to record the screen. Allow it in System Settings › Privacy &amp; Security › Screen Recording and restart Care Desktop, or take the screenshot with Shift+Command+4 and attach the image.</source>
        <translation>macOS が Care Desktop に画面収録を許可していません。[システム設定] › [プライバシーとセキュリティ] › [画面収録] で許可して Care Desktop を再起動するか、Shift+Command+4 でスクリーンショットを撮って画像を添付してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The screenshot came back empty (all black): this system did not let Care Desktop read the screen. Take the screenshot with your system&apos;s own tool, then attach the image.</source>
        <translation>スクリーンショットが空 (真っ黒) でした。このシステムでは Care Desktop が画面を読み取れません。システムのツールでスクリーンショットを撮り、その画像を添付してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There was no window under the mouse pointer when the delay ended. Point at the window to capture while the delay runs, or capture a region instead.</source>
        <translation>遅延が終わったとき、マウス ポインターの下にウィンドウがありませんでした。遅延の間にキャプチャするウィンドウを指すか、代わりに範囲をキャプチャしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Capturing a single window is not available on this system. Capture a region around the window instead.</source>
        <translation>このシステムでは、1 つのウィンドウだけをキャプチャすることはできません。代わりにウィンドウの周りの範囲をキャプチャしてください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No screen was found to capture.</source>
        <translation>キャプチャする画面が見つかりませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The screen could not be read: %1</source>
        <translation>画面を読み取れませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ScreenshotDialog</name>
    <message>
        <location filename="../../care_desktop/ui/screenshots/dialog.py" line="+174"/>
        <location line="+170"/>
        <location line="+9"/>
        <source>Screenshot</source>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <location line="-176"/>
        <source>Show Product Support what you see. Care Desktop hides its own windows while it captures; you can then point at what matters and paint over private details before saving.</source>
        <translation>見えている画面を Product Support に伝えます。キャプチャ中は Care Desktop のウィンドウを隠します。保存する前に、重要な箇所を示したり、個人情報を塗りつぶしたりできます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Capture:</source>
        <translation>キャプチャ対象(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to capture</source>
        <translation>キャプチャする対象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every screen, one screen, a window or a region you draw.</source>
        <translation>すべての画面、1 つの画面、ウィンドウ、または自分で囲んだ範囲です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delay:</source>
        <translation>遅延(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delay before capturing, in seconds</source>
        <translation>キャプチャまでの遅延 (秒)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time to open a menu or a message before the capture.</source>
        <translation>キャプチャの前にメニューやメッセージを開いておくための時間です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Take screenshot</source>
        <translation>スクリーンショットを撮る(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attach an &amp;existing image…</source>
        <translation>既存の画像を添付(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PNG in the case folder (%1)</source>
        <translation>ケース フォルダーに PNG として保存 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retake</source>
        <translation>撮り直す(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hides Care Desktop&apos;s windows and captures the screen.</source>
        <translation>Care Desktop のウィンドウを隠して画面をキャプチャします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attaches an image file you already have instead.</source>
        <translation>代わりに、手元の画像ファイルを添付します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discards this image and goes back to capturing.</source>
        <translation>この画像を破棄して、キャプチャに戻ります。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without attaching a screenshot.</source>
        <translation>スクリーンショットを添付せずに閉じます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>All screens</source>
        <translation>すべての画面</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Screen %1 (%2 × %3)</source>
        <translation>画面 %1 (%2 × %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Whole screen</source>
        <translation>画面全体</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Window under the mouse pointer</source>
        <translation>マウス ポインターの下のウィンドウ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region (drag a rectangle)</source>
        <translation>範囲 (四角形をドラッグ)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Everything on the screen, as it is after the delay.</source>
        <translation>遅延後の画面全体をキャプチャします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything on that screen, as it is after the delay.</source>
        <translation>遅延後のその画面全体をキャプチャします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>During the delay, point the mouse at the window to capture.</source>
        <translation>遅延の間に、キャプチャするウィンドウにマウスを合わせてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After the delay, drag a rectangle over the screen; Esc cancels.</source>
        <translation>遅延後に画面上で四角形をドラッグします。Esc でキャンセルします。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>The screenshot could not be saved: %1</source>
        <translation>スクリーンショットを保存できませんでした: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Discard this screenshot and its marks?</source>
        <translation>このスクリーンショットと注記を破棄しますか?</translation>
    </message>
</context>
<context>
    <name>ScreenshotEditor</name>
    <message>
        <location filename="../../care_desktop/ui/screenshots/editor.py" line="+116"/>
        <source>&amp;Select</source>
        <translation>選択(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select and move marks</source>
        <translation>注記を選択して移動</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Arrow</source>
        <translation>矢印(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw an arrow</source>
        <translation>矢印を描く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Box</source>
        <translation>枠(&amp;B)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Draw a box</source>
        <translation>枠を描く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>テキスト(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place a text</source>
        <translation>テキストを配置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redact</source>
        <translation>黒塗り(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paint over private details in solid black</source>
        <translation>個人情報を黒で塗りつぶす</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Undo</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>やり直し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete mark</source>
        <translation>注記を削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the next mark</source>
        <translation>次の注記を選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select the previous mark</source>
        <translation>前の注記を選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selects a mark on the image to move or resize it.</source>
        <translation>画像上の注記を選択して、移動やサイズ変更をします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws an arrow pointing at what matters.</source>
        <translation>重要な箇所を指す矢印を描きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draws a box around what matters.</source>
        <translation>重要な箇所を枠で囲みます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places the words of the Text field on the image.</source>
        <translation>[テキスト] 欄の文字列を画像上に配置します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covers private details with black, burned into the saved image.</source>
        <translation>個人情報を黒で覆い、保存する画像に焼き込みます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Takes back the last change to the marks.</source>
        <translation>注記への直前の変更を元に戻します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Makes the change just taken back again.</source>
        <translation>元に戻した変更をやり直します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Removes the selected mark.</source>
        <translation>選択した注記を削除します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>More tools</source>
        <translation>その他のツール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows the tools that do not fit in the window.</source>
        <translation>ウィンドウに収まらないツールを表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Annotation tools</source>
        <translation>注記ツール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>テキスト(&amp;X):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text of the text mark</source>
        <translation>テキスト注記の文字列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Words for the Text tool</source>
        <translation>テキスト ツールで配置する文字列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>File &amp;name:</source>
        <translation>ファイル名(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name of the screenshot</source>
        <translation>スクリーンショットのファイル名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The name of the PNG file saved in the case folder.</source>
        <translation>ケースのフォルダーに保存する PNG ファイルの名前です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keys: S select, A arrow, B box, T text, R redact; Enter adds a mark in the middle; arrow keys move the selected mark (Shift: faster, Ctrl: resize); N next mark; Delete removes it; Ctrl+Z undo; Ctrl+S save; Esc cancel.</source>
        <translation>キー: S 選択、A 矢印、B 枠、T テキスト、R 黒塗り。Enter で中央に注記を追加、方向キーで選択した注記を移動 (Shift: 速く、Ctrl: サイズ変更)、N 次の注記、Delete 削除、Ctrl+Z 元に戻す、Ctrl+S 保存、Esc キャンセル。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Click a mark to select it, drag it to move it.</source>
        <translation>注記をクリックして選択し、ドラッグして移動します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag from where the arrow starts to what it points at.</source>
        <translation>矢印の始点から指し示す対象までドラッグします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag a box around what matters.</source>
        <translation>重要な箇所を囲むようにドラッグします。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the words in the Text field, then click where they go.</source>
        <translation>[テキスト] 欄に文字を入力してから、配置する位置をクリックします。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag over anything private: it is painted over in solid black when saved and cannot be recovered.</source>
        <translation>個人情報の上をドラッグします。保存時に黒で塗りつぶされ、元に戻せません。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../care_desktop/ui/settings_dialog.py" line="+115"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business hours &amp;time zone:</source>
        <translation>営業時間のタイムゾーン(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holiday calendar:</source>
        <translation>祝日カレンダー(&amp;H):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone directory &amp;country:</source>
        <translation>電話番号一覧の国(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warn above this &amp;upload size:</source>
        <translation>警告するアップロード サイズ(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support &amp;plan:</source>
        <translation>サポートプラン(&amp;P):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Standard (business hours in your time zone)</source>
        <translation>標準 (お客様のタイムゾーンの営業時間)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (hours in %2)</source>
        <translation>%1 (%2 の時間)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support plan</source>
        <translation>サポートプラン</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System default (%1)</source>
        <translation>システムの既定 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of Care Desktop</source>
        <translation>Care Desktop の表示言語</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case texts stay in English, whatever the language of Care Desktop.</source>
        <translation>Care Desktop の表示言語にかかわらず、ケース本文は英語のままです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The My Support portal&apos;s upload limit is not published; 0 turns the warning off.</source>
        <translation>マイサポート ポータルのアップロード上限は公開されていません。0 にすると警告しません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upload size limit in MiB</source>
        <translation>アップロード サイズの上限 (MiB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s time zone (%1)</source>
        <translation>このコンピューターのタイムゾーン (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (the published policy names no holidays)</source>
        <translation>なし (公開ポリシーでは祝日は指定されていません)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My organization has Enhanced Professional Support (voice)</source>
        <translation>組織で Enhanced Professional Support (音声) を契約している</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This computer&apos;s locale, or e.g. Japan, DE, pt_BR</source>
        <translation>このコンピューターのロケール (または Japan、DE、pt_BR など)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the Standard plan, response targets count business hours Monday to Friday, 8:00 to 17:00, in this time zone. Public holidays count as business days unless you choose a calendar.</source>
        <translation>標準プランでは、目標応答時間はこのタイムゾーンの月曜日～金曜日 8:00～17:00 の営業時間で計算します。カレンダーを選ばない限り、祝日も営業日として数えます。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Severity 2-4 are answered Monday to Friday, 8:00 to 17:00, in the time zone above; Severity 1 around the clock.</source>
        <translation>重大度 2～4 は上のタイムゾーンの月曜日～金曜日 8:00～17:00 に対応されます。重大度 1 は 24 時間対応です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 Counted in %2; due times are shown in your time zone.</source>
        <translation>%1 %2 で計算し、期限はお客様のタイムゾーンで表示します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source checked %1.</source>
        <translation>出典の確認日: %1。</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Business hours time zone</source>
        <translation>営業時間のタイムゾーン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holiday calendar</source>
        <translation>祝日カレンダー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone directory country</source>
        <translation>電話番号一覧の国</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The time zone whose business hours the response targets count in.</source>
        <translation>目標応答時間を計算する営業時間のタイムゾーンです。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose public holidays do not count as business days.</source>
        <translation>どの国・地域の祝日を営業日から除くかを選びます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose published hours the first-response targets count, and in which zone.</source>
        <translation>初回応答の目標をどの公開時間で、どのタイムゾーンで数えるか。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also shows the Enhanced Professional Support voice hours with response times.</source>
        <translation>応答時間と一緒に Enhanced Professional Support (音声) の受付時間も表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose Customer Care phone numbers are listed first.</source>
        <translation>どの国のカスタマーケアの電話番号を先頭に表示するかを決めます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saves the settings and closes.</source>
        <translation>設定を保存して閉じます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes without saving.</source>
        <translation>保存せずに閉じます。</translation>
    </message>
</context>
<context>
    <name>SeverityOnePage</name>
    <message>
        <location filename="../../care_desktop/ui/pages/severity_one.py" line="+29"/>
        <source>Critical outage: call Customer Care</source>
        <translation>重大な障害: カスタマーケアに電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Call now. After the call, record the case number; then add the evidence to that case.</source>
        <translation>今すぐ電話してください。通話後にケース番号を記録し、そのケースに資料を追加します。</translation>
    </message>
</context>
<context>
    <name>SeverityOnePanel</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/severity_one_panel.py" line="+118"/>
        <source>Call Customer Care now: Severity 1 is handled by phone only, 24x7.</source>
        <translation>今すぐカスタマーケアに電話してください。重大度 1 は電話のみで、24 時間 365 日受け付けています。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target initial response: %1.</source>
        <translation>目標初回応答時間: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean time to restore: 15 minutes (a mean, not a promise).</source>
        <translation>平均復旧時間: 15 分 (平均値であり、保証ではありません)。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your details for the call</source>
        <translation>電話で伝える情報</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;versation IDs:</source>
        <translation>会話 ID(&amp;V):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact (one line):</source>
        <translation>影響 (1 行)(&amp;I):</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Callbac&amp;k number:</source>
        <translation>折り返し先(&amp;K):</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>A Designated Contact must be reachable at all times while Product Support works on it.</source>
        <translation>Product Support の対応中は、指定連絡先が常に連絡を受けられる必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case n&amp;umber (after the call):</source>
        <translation>ケース番号 (通話後)(&amp;U):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback number</source>
        <translation>折り返し先の電話番号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I can be reached at all times while the case is worked</source>
        <translation>ケースの対応中は常に連絡を受けられる</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>The number Product Support calls you back on.</source>
        <translation>Product Support が折り返し電話する番号です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirms that a Designated Contact can be reached while Product Support works on the case.</source>
        <translation>Product Support の対応中、指定連絡先に常に連絡がつくことを確認します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conversation IDs (paste anything that holds them)</source>
        <translation>会話 ID (ID を含むテキストを貼り付け)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste IDs or URLs</source>
        <translation>ID または URL を貼り付け</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paste conversation IDs or URLs; the IDs in them are picked out for the read-out card.</source>
        <translation>会話 ID または URL を貼り付けます。含まれる ID が読み上げカード用に取り出されます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Impact in one line</source>
        <translation>影響 (1 行)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. No agent in Dublin can take calls since 09:10</source>
        <translation>例: 9:10 から東京のエージェント全員が電話を受けられない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who cannot do what, and since when, in a single sentence.</source>
        <translation>誰が、いつから、何をできないのかを 1 文で書きます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number given by Customer Care</source>
        <translation>カスタマーケアから伝えられたケース番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>The number Customer Care gives you on the phone</source>
        <translation>カスタマーケアが電話で伝える番号</translation>
    </message>
</context>
<context>
    <name>SeverityPage</name>
    <message>
        <location filename="../../care_desktop/ui/pages/severity.py" line="+125"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer a few questions based on the published severity definitions.</source>
        <translation>公開されている重大度の定義に基づく質問に答えてください。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity helper</source>
        <translation>重大度の判定</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Yes</source>
        <translation>%1 はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 No</source>
        <translation>%1 いいえ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers this severity question with yes.</source>
        <translation>この重大度の質問に「はい」と答えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answers this severity question with no.</source>
        <translation>この重大度の質問に「いいえ」と答えます。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity level</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;Severity 1 is handled by phone only, 24x7.&lt;/b&gt; Do not open it in the web portal: Next shows the number to call and what to read out.</source>
        <translation>&lt;b&gt;重大度 1 は電話のみで、24 時間 365 日受け付けています。&lt;/b&gt;Web ポータルでは作成しないでください。[次へ] で電話番号と読み上げる内容を表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+121"/>
        <source>Why did you choose this level? (required when it differs)</source>
        <translation>この重大度を選んだ理由 (判定結果と異なる場合は必須)</translation>
    </message>
    <message>
        <location line="-120"/>
        <source>Reason for the chosen level</source>
        <translation>選んだ重大度の理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Required when the level differs from the recommended one: say why it is right.</source>
        <translation>推奨と異なるレベルを選んだ場合は必須です。そのレベルが適切な理由を書きます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In your own words: what makes this level right</source>
        <translation>この重大度が適切な理由をご自身の言葉で</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Definition as published on %1 (checked %2).</source>
        <translation>%1 に掲載された定義 (%2 に確認)。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Today&apos;s page (%1, checked %2): %3</source>
        <translation>現在のページ (%1、%2 に確認): %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(recommended)</source>
        <translation>(推奨)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Recommended: %1</source>
        <translation>推奨: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Why did you choose this level? Call first if you need to: you can write this after the call.</source>
        <translation>このレベルを選んだ理由は? 必要なら先に電話してください。理由は通話の後で書けます。</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Chooses this severity level for the case.</source>
        <translation>ケースの重大度をこのレベルにします。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose a level to see its published definition.</source>
        <translation>重大度を選ぶと、公開されている定義が表示されます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Target initial response: %1</source>
        <translation>目標初回応答時間: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restoration target: %1</source>
        <translation>目標復旧時間: %1</translation>
    </message>
</context>
<context>
    <name>SkippedIds</name>
    <message>
        <location filename="../../care_desktop/ui/skipped_ids.py" line="+27"/>
        <source>Skipped %1: the text marks it as “%2”, not a conversation.</source>
        <translation>%1 はスキップしました: テキストでは会話ではなく「%2」と示されています。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n more IDs skipped.</source>
        <translation>
            <numerusform>ほかに %n 個の ID をスキップしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/status_panel.py" line="+95"/>
        <source>Re&amp;fresh status</source>
        <translation>ステータスを更新(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh the Genesys Cloud status</source>
        <translation>Genesys Cloud のステータスを更新</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asks the Genesys Cloud status page again for incidents in your region.</source>
        <translation>Genesys Cloud のステータス ページに、お使いのリージョンのインシデントを改めて問い合わせます。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genesys Cloud status</source>
        <translation>Genesys Cloud のステータス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status page</source>
        <translation>ステータス ページ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the status page: %1</source>
        <translation>ステータス ページを開く: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+51"/>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Genesys Cloud status unknown</source>
        <translation>Genesys Cloud のステータスは不明</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genesys Cloud: %1</source>
        <translation>Genesys Cloud: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not check now: %1</source>
        <translation>現在確認できません: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Checked %1</source>
        <translation>確認日時: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stale since %1 (%2 old)</source>
        <translation>%1 の情報 (%2 前)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In your region (%1): %2</source>
        <translation>お使いのリージョン (%1): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Maintenance in progress: %1</source>
        <translation>メンテナンス中: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more incidents on the status page</source>
        <translation>
            <numerusform>ステータス ページにほか %n 件のインシデント</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StepPage</name>
    <message>
        <location filename="../../care_desktop/ui/pages/base.py" line="+149"/>
        <source>To continue:</source>
        <translation>続行するには:</translation>
    </message>
</context>
<context>
    <name>Steps</name>
    <message>
        <location filename="../../care_desktop/ui/step_titles.py" line="+16"/>
        <source>Before you start</source>
        <translation>始める前に</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity</source>
        <translation>重大度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Call Customer Care</source>
        <translation>カスタマーケアに電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation IDs</source>
        <translation>会話 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction review</source>
        <translation>マスキングの確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review the case text</source>
        <translation>ケース本文の確認</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Package and file</source>
        <translation>パッケージ作成と提出</translation>
    </message>
</context>
<context>
    <name>StructuredView</name>
    <message>
        <location filename="../../care_desktop/ui/windows/structured_view.py" line="+92"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Copy as JSON</source>
        <translation>JSON としてコピー(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Puts exactly this data, as JSON, on the clipboard.</source>
        <translation>このデータをそのまま JSON としてクリップボードにコピーします。</translation>
    </message>
</context>
<context>
    <name>TrackerWindow</name>
    <message>
        <location filename="../../care_desktop/ui/tracker/window.py" line="+160"/>
        <source>Case tracker</source>
        <translation>ケースの追跡</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed cases</source>
        <translation>提出済みのケース</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All deadlines, next first</source>
        <translation>すべての期限 (近い順)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add case…</source>
        <translation>ケースを追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>No filed case is tracked yet. Add one with its number once Product Support has given it.</source>
        <translation>追跡中のケースはまだありません。Product Support からケース番号が伝えられたら、その番号で追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts tracking a case filed with Product Support, by its number.</source>
        <translation>Product Support に提出したケースを、ケース番号で追跡し始めます。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Change not recorded</source>
        <translation>変更は記録されませんでした</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case %1 is now: %2.</source>
        <translation>ケース %1 の状態: %2。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+14"/>
        <source>Not recorded</source>
        <translation>記録されませんでした</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Stop tracking?</source>
        <translation>追跡を停止しますか?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop tracking case %1? Its history and reminders are removed; the draft stays.</source>
        <translation>ケース %1 の追跡を停止しますか? 履歴とリマインダーは削除されますが、下書きは残ります。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>A new draft asks for more RCA documentation about case %1.</source>
        <translation>ケース %1 の RCA の追加資料を依頼する新しい下書きを作成しました。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No draft</source>
        <translation>下書きがありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1 is not linked to a readable draft.</source>
        <translation>ケース %1 には読み取れる下書きが関連付けられていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Looking for new evidence…</source>
        <translation>新しい資料を探しています…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Case %1: %n new files, %2 already sent, %3 missing.</source>
        <translation>
            <numerusform>ケース %1: 新しいファイル %n 個、送信済み %2 個、見つからないもの %3 個。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UnredactableFiles</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/unredactable_files.py" line="+73"/>
        <source>⚠ Cannot be redacted, so left out of the package: %1. Packet captures and recordings are often what Product Support asks for: to include one, select it and choose “Send as is”.</source>
        <translation>⚠ マスクできないため、パッケージから除外されます: %1。パケットキャプチャや録音は Product Support がよく求める証拠です。含めるには、ファイルを選んで「そのまま送信」を選んでください。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>⚠ Sent as is on purpose, not redacted: %1. Anything in it reaches Product Support.</source>
        <translation>⚠ 意図してそのまま送信 (マスクなし): %1。中身はすべて Product Support に届きます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Leave &amp;out again</source>
        <translation>再び除外(&amp;O)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Send as &amp;is on purpose…</source>
        <translation>意図してそのまま送信(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chooses whether this file, which cannot be redacted, goes into the package unchanged.</source>
        <translation>マスクできないこのファイルを、変更せずにパッケージに含めるかどうかを選びます。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Send this file as is?</source>
        <translation>このファイルをそのまま送信しますか?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cannot be redacted: it will be sent exactly as it is, and nothing in it is removed. Packet captures and recordings can hold passwords, tokens, phone numbers and voices. The package&apos;s manifest records that you chose this. Send it as is?</source>
        <translation>%1 はマスクできません。そのままの内容で送信され、何も削除されません。パケットキャプチャや録音にはパスワード、トークン、電話番号、音声が含まれることがあります。この選択はパッケージのマニフェストに記録されます。そのまま送信しますか?</translation>
    </message>
</context>
<context>
    <name>ZonedTimeEdit</name>
    <message>
        <location filename="../../care_desktop/ui/widgets/zoned_time_edit.py" line="+54"/>
        <source>in %1</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date and time in %1</source>
        <translation>%1 の日時</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type or pick a date and time, read in the time zone shown beside it.</source>
        <translation>日時を入力または選択します。横に表示されたタイムゾーンの日時として扱います。</translation>
    </message>
</context>
<context>
    <name>deadline_text</name>
    <message>
        <location filename="../../care_desktop/ui/tracker/deadline_text.py" line="+41"/>
        <source>due now</source>
        <translation>期限です</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n min overdue</source>
        <translation>
            <numerusform>%n 分超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h overdue</source>
        <translation>
            <numerusform>%n 時間超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days overdue</source>
        <translation>
            <numerusform>%n 日超過</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n min</source>
        <translation>
            <numerusform>あと %n 分</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n h</source>
        <translation>
            <numerusform>あと %n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>in %n days</source>
        <translation>
            <numerusform>あと %n 日</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Case %1: Product Support&apos;s first response is due %2.</source>
        <translation>ケース %1: Product Support の初回応答期限は %2 です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case %1: Product Support&apos;s first response was due %2. Chase the case if none came.</source>
        <translation>ケース %1: Product Support の初回応答期限は %2 でした。応答がない場合はケースを催促してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Case %1: reply to Product Support by %2, or the case may be closed.</source>
        <translation>ケース %1: %2 までに Product Support に返信してください。返信がないとケースがクローズされることがあります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case %1: your reply to Product Support was due %2; the case may be closed with notice.</source>
        <translation>ケース %1: Product Support への返信期限は %2 でした。通知のうえケースがクローズされることがあります。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Case %1: the comprehensive RCA is due %2 (Product Support opens a Priority 3 follow-up case for it).</source>
        <translation>ケース %1: 包括的な RCA の期限は %2 です (Product Support が優先度 3 のフォローアップ ケースを作成します)。</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Case %1 closes automatically %2 unless you report that the issue is not resolved.</source>
        <translation>ケース %1 は、問題が解決していないと報告しない限り %2 に自動的にクローズされます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Case %1 was due to close automatically %2 (resolution proposed, no issue reported).</source>
        <translation>ケース %1 は %2 に自動的にクローズされる予定でした (解決策提示済み、問題の報告なし)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case %1: the comprehensive RCA was due %2. Ask for it in the Priority 3 follow-up case.</source>
        <translation>ケース %1: 包括的な RCA の期限は %2 でした。優先度 3 のフォローアップ ケースで依頼してください。</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <location filename="../../care_desktop/domain/case/json_format.py" line="+99"/>
        <source>{field} must be text.</source>
        <translation>{field} は文字列である必要があります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+148"/>
        <source>{field} must be an object.</source>
        <translation>{field} はオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="-139"/>
        <source>{field} must be a list.</source>
        <translation>{field} はリストである必要があります。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A case file must hold a JSON object.</source>
        <translation>ケース ファイルには JSON オブジェクトが必要です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is not a case file of a known version (schema &quot;{found}&quot;).</source>
        <translation>既知のバージョンのケース ファイルではありません (スキーマ「{found}」)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown field {field} was ignored.</source>
        <translation>不明なフィールド {field} は無視されました。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The organization ID &quot;{value}&quot; is not a valid ID (8-4-4-4-12 hex).</source>
        <translation>組織 ID「{value}」は有効な ID ではありません (16 進数 8-4-4-4-12 桁)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>available_24x7 must be true or false.</source>
        <translation>available_24x7 は true か false である必要があります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No severity level is chosen.</source>
        <translation>重大度が選択されていません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity must be 1, 2, 3 or 4, not {value}.</source>
        <translation>重大度は 1、2、3、4 のいずれかです ({value} は無効)。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The case has no title.</source>
        <translation>ケースに件名がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The case has no description.</source>
        <translation>ケースに説明がありません。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>occurred_at &quot;{value}&quot; is not an ISO 8601 date and time.</source>
        <translation>occurred_at「{value}」は ISO 8601 形式の日時ではありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;{value}&quot; is not a valid conversation ID (8-4-4-4-12 hex).</source>
        <translation>「{value}」は有効な会話 ID ではありません (16 進数 8-4-4-4-12 桁)。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>An attachment has no path.</source>
        <translation>パスのない添付ファイルがあります。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown attachment kind &quot;{value}&quot;.</source>
        <translation>不明な添付ファイルの種類「{value}」です。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/clock/business_hours.py" line="+72"/>
        <source>Severity 1: 10 minutes, at any hour of any day (24x7x365)</source>
        <translation>重大度 1: 10 分、曜日・時間帯を問わず (24x7x365)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity 2: 1 business hour, counted Monday-Friday 08:00-17:00 in {zone}</source>
        <translation>重大度 2: 1 営業時間 ({zone} の月曜日～金曜日 8:00～17:00 で計算)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity 3: 2 business hours, counted Monday-Friday 08:00-17:00 in {zone}</source>
        <translation>重大度 3: 2 営業時間 ({zone} の月曜日～金曜日 8:00～17:00 で計算)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Severity 4: 1 business day (9 business hours), counted Monday-Friday 08:00-17:00 in {zone}</source>
        <translation>重大度 4: 1 営業日 (9 営業時間、{zone} の月曜日～金曜日 8:00～17:00 で計算)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Severity 2: 1 business hour, counted Monday-Friday 08:00-17:00 in {zone}, not counting public holidays ({calendar})</source>
        <translation>重大度 2: 1 営業時間 ({zone} の月曜日～金曜日 8:00～17:00 で計算、祝日 ({calendar}) を除く)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity 3: 2 business hours, counted Monday-Friday 08:00-17:00 in {zone}, not counting public holidays ({calendar})</source>
        <translation>重大度 3: 2 営業時間 ({zone} の月曜日～金曜日 8:00～17:00 で計算、祝日 ({calendar}) を除く)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity 4: 1 business day (9 business hours), counted Monday-Friday 08:00-17:00 in {zone}, not counting public holidays ({calendar})</source>
        <translation>重大度 4: 1 営業日 (9 営業時間、{zone} の月曜日～金曜日 8:00～17:00 で計算、祝日 ({calendar}) を除く)</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/wizard/flow.py" line="+124"/>
        <source>Confirm that you are a Designated Contact, or that you are preparing this case for one.</source>
        <translation>指定連絡先であること、または指定連絡先のためにこのケースを準備していることを確認してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a severity level.</source>
        <translation>重大度を選択してください。</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Say why you chose Severity {chosen} ({chosen_name}) when the helper recommends Severity {recommended} ({recommended_name}).</source>
        <translation>判定結果は重大度 {recommended} ({recommended_name}) です。重大度 {chosen} ({chosen_name}) を選んだ理由を記入してください。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Call Customer Care first: you can write the reason after the call, before you finish.</source>
        <translation>先にカスタマーケアに電話してください。理由は通話の後、完了する前に書けます。</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Enter the organization short name.</source>
        <translation>組織の略称を入力してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find it in Genesys Cloud under Admin &gt; Account Settings &gt; Organization Settings.</source>
        <translation>Genesys Cloud の [管理] &gt; [アカウント設定] &gt; [組織の設定] で確認できます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The organization ID &quot;{value}&quot; is not valid: it has 32 hexadecimal digits in groups of 8-4-4-4-12.</source>
        <translation>組織 ID「{value}」は無効です。組織 ID は 16 進数 32 桁を 8-4-4-4-12 に区切ったものです。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copy it from Admin &gt; Account Settings &gt; Organization Settings &gt; Advanced, or leave it empty for now.</source>
        <translation>[管理] &gt; [アカウント設定] &gt; [組織の設定] &gt; [詳細] からコピーするか、いったん空欄のままにしてください。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the case a short title.</source>
        <translation>ケースに短い件名を付けてください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe the issue.</source>
        <translation>問題を説明してください。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../care_desktop/domain/phones/files.py" line="+28"/>
        <source>This row has %n cells; the header has {columns}.</source>
        <translation>
            <numerusform>この行のセルは %n 個ですが、ヘッダーの列は {columns} 個です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+55"/>
        <source>The file is UTF-16 text; save it as UTF-8.</source>
        <translation>このファイルは UTF-16 テキストです。UTF-8 で保存し直してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file is not a text file (it holds binary data).</source>
        <translation>このファイルはテキスト ファイルではありません (バイナリ データを含みます)。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The file is not UTF-8 text (byte {offset}); save it as UTF-8.</source>
        <translation>このファイルは UTF-8 テキストではありません ({offset} バイト目)。UTF-8 で保存し直してください。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The {field} is empty.</source>
        <translation>{field} が空です。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>toll_free is &quot;{value}&quot;; it must be &quot;yes&quot;, &quot;no&quot; or &quot;not stated&quot;.</source>
        <translation>toll_free が「{value}」です。&quot;yes&quot;、&quot;no&quot;、&quot;not stated&quot; のいずれかにしてください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No source URL for this entry or the file.</source>
        <translation>このエントリにもファイルにも出典 URL がありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No as-of date for this entry or the file.</source>
        <translation>このエントリにもファイルにも基準日がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The as-of date &quot;{value}&quot; is not a date written YYYY-MM-DD.</source>
        <translation>基準日「{value}」は YYYY-MM-DD 形式の日付ではありません。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Duplicate entry: &quot;{region}&quot; / &quot;{label}&quot; already appears at {first}.</source>
        <translation>重複したエントリ:「{region}」/「{label}」は {first} にもあります。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The {field} must be text (in quotes).</source>
        <translation>{field} は文字列 (引用符付き) である必要があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The {field} must be one line of text.</source>
        <translation>{field} は 1 行のテキストである必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number is empty.</source>
        <translation>番号が空です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number &quot;{number}&quot; contains letters; only digits are dialled.</source>
        <translation>番号「{number}」に文字が含まれています。ダイヤルできるのは数字だけです。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The number &quot;{number}&quot; contains &quot;{chars}&quot;; allowed are digits, spaces, + - . / ( ).</source>
        <translation>番号「{number}」に「{chars}」が含まれています。使用できるのは数字、スペース、+ - . / ( ) です。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The number &quot;{number}&quot; has a &quot;+&quot; after its start.</source>
        <translation>番号「{number}」の先頭以外に「+」があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number &quot;{number}&quot; is too short.</source>
        <translation>番号「{number}」が短すぎます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file holds no entries.</source>
        <translation>ファイルにエントリがありません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown field &quot;{column}&quot; is ignored.</source>
        <translation>不明なフィールド「{column}」は無視されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing columns: {columns}. The header must name {required}.</source>
        <translation>列がありません: {columns}。ヘッダーには {required} が必要です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns named twice: {columns}.</source>
        <translation>重複した列名: {columns}。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The file is not valid CSV: {reason}.</source>
        <translation>このファイルは有効な CSV ではありません: {reason}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The file is not valid JSON: {reason} (column {column}).</source>
        <translation>このファイルは有効な JSON ではありません: {reason} ({column} 列目)。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file must be a JSON object with a list of &quot;entries&quot;.</source>
        <translation>ファイルは &quot;entries&quot; のリストを持つ JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The source must be the URL of the page, as text.</source>
        <translation>出典 (source) にはページの URL を文字列で指定してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The as-of date must be a date written YYYY-MM-DD.</source>
        <translation>基準日は YYYY-MM-DD 形式の日付で指定してください。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Each entry must be an object.</source>
        <translation>各エントリはオブジェクトである必要があります。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing fields: {columns}.</source>
        <translation>フィールドがありません: {columns}。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/case/quality.py" line="+234"/>
        <source>No callback number is given.</source>
        <translation>折り返し先の電話番号がありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Availability at all times is not confirmed.</source>
        <translation>常時連絡が取れることが確認されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For Severity 1, a Designated Contact must be available at all times while the case is worked. Confirm it, or name someone who will be.</source>
        <translation>重大度 1 では、ケースの対応中は指定連絡先が常に連絡を受けられる必要があります。確認するか、対応できる担当者を記入してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The organization ID is missing.</source>
        <translation>組織 ID がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find it in Admin &gt; Account Settings &gt; Organization Settings, then click Advanced.</source>
        <translation>[管理] &gt; [アカウント設定] &gt; [組織の設定] を開き、[詳細] をクリックすると確認できます。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The organization ID &quot;{value}&quot; is not a valid ID.</source>
        <translation>組織 ID「{value}」は有効な ID ではありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy it again from Admin &gt; Account Settings &gt; Organization Settings &gt; Advanced.</source>
        <translation>[管理] &gt; [アカウント設定] &gt; [組織の設定] &gt; [詳細] からもう一度コピーしてください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your name or e-mail address is missing.</source>
        <translation>氏名またはメール アドレスがありません。</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Give the number where Product Support can reach you during the outage.</source>
        <translation>障害の間に Product Support から連絡を受けられる電話番号を入力してください。</translation>
    </message>
    <message numerus="yes">
        <location line="-217"/>
        <source>The description seems to report %n separate issues.</source>
        <translation>
            <numerusform>説明に %n 件の別々の問題が含まれているようです。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+262"/>
        <source>Add them so that Product Support knows whom to answer.</source>
        <translation>Product Support が回答先を確認できるように入力してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No conversation ID is given.</source>
        <translation>会話 ID がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy it from the interaction&apos;s Details tab (Performance &gt; Workspace &gt; Interactions), or say why none applies.</source>
        <translation>インタラクションの [詳細] タブ ([パフォーマンス] &gt; [ワークスペース] &gt; [インタラクション]) からコピーするか、該当しない理由を記入してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>It does not say when the issue happened.</source>
        <translation>問題の発生日時が書かれていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Give the date and time it happened (or started).</source>
        <translation>問題が発生した (または始まった) 日時を入力してください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The business impact is not described.</source>
        <translation>ビジネスへの影響が書かれていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Say what the issue costs: how many agents or customers, which functions, since when.</source>
        <translation>影響の大きさを記入してください: 影響を受けるエージェントや顧客の数、業務機能、いつからか。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There are no steps to reproduce.</source>
        <translation>再現手順がありません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List what to do to see the issue, or say that it cannot be reproduced at will.</source>
        <translation>問題を再現する手順を記入するか、任意には再現できないことを記入してください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No screenshots, console logs or HAR files are attached.</source>
        <translation>スクリーンショット、コンソール ログ、HAR ファイルのいずれも添付されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product Support asks for screenshots of errors, console logging and configuration files: add them on the Attachments step (they are redacted before anything leaves this computer).</source>
        <translation>Product Support は、エラーのスクリーンショット、コンソール ログ、構成ファイルを求めています。[添付ファイル] のステップで追加してください (このコンピューターから出る前にマスキングされます)。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Report each issue separately: split the description into one draft per issue.</source>
        <translation>問題は 1 件ずつ報告してください。説明を問題ごとの下書きに分割します。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/case/readout.py" line="+42"/>
        <source>Organization short name</source>
        <translation>組織の略称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organization ID</source>
        <translation>組織 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversation IDs</source>
        <translation>会話 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Callback number</source>
        <translation>折り返し先の電話番号</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/redaction/rules.py" line="+53"/>
        <source>Private key block</source>
        <translation>秘密鍵ブロック</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password in a URL (user:password@host)</source>
        <translation>URL 内のパスワード (user:password@host)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bearer token (Authorization header)</source>
        <translation>Bearer トークン (Authorization ヘッダー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basic credentials (Authorization header)</source>
        <translation>Basic 認証情報 (Authorization ヘッダー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Digest response (Authorization header)</source>
        <translation>Digest 応答 (Authorization ヘッダー)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other Authorization credentials</source>
        <translation>その他の Authorization 認証情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookie value</source>
        <translation>Cookie の値</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cookie set by a server</source>
        <translation>サーバーが設定した Cookie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth access token</source>
        <translation>OAuth アクセス トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth refresh token</source>
        <translation>OAuth リフレッシュ トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth ID token</source>
        <translation>OAuth ID トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other token</source>
        <translation>その他のトークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth authorization code</source>
        <translation>OAuth 認可コード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session identifier</source>
        <translation>セッション ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OAuth client secret</source>
        <translation>OAuth クライアント シークレット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other secret or credentials</source>
        <translation>その他のシークレットまたは認証情報</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign-in assertion (SAML response or assertion grant)</source>
        <translation>サインイン アサーション (SAML 応答またはアサーション グラント)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PKCE code verifier (OAuth sign-in)</source>
        <translation>PKCE コード検証子 (OAuth サインイン)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS secret access key</source>
        <translation>AWS シークレット アクセス キー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS session or security token</source>
        <translation>AWS セッション トークンまたはセキュリティ トークン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signature of a pre-signed URL</source>
        <translation>署名付き URL の署名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS access key ID</source>
        <translation>AWS アクセス キー ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Long random value (looks like a key or token)</source>
        <translation>長いランダムな値 (キーまたはトークンと思われるもの)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail address</source>
        <translation>メール アドレス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone number</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own term</source>
        <translation>指定した語句</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/severity.py" line="+32"/>
        <source>Can your critical business functions still be performed?</source>
        <translation>重要な業務機能はまだ実行できますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is there a workaround?</source>
        <translation>回避策はありますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is performance degraded or severely limited?</source>
        <translation>パフォーマンスが低下している、または著しく制限されていますか?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Is this a question or a feature request?</source>
        <translation>質問または機能要望ですか?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>A critical business function cannot be performed and there is no workaround. That is Severity 1 (Critical): call Customer Care by phone.</source>
        <translation>重要な業務機能が実行できず、回避策もありません。重大度 1 (重大) です。カスタマーケアに電話してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A critical business function is blocked, but a workaround lets you perform it with degraded or severely limited performance. That is Severity 2 (High).</source>
        <translation>重要な業務機能が止まっていますが、回避策によって低下した、または著しく制限されたパフォーマンスで実行できます。重大度 2 (高) です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Job functions can be performed, but performance is degraded or severely limited. That is Severity 2 (High).</source>
        <translation>業務は実行できますが、パフォーマンスが低下している、または著しく制限されています。重大度 2 (高) です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A workaround is available and job functions are largely unaffected. That is Severity 3 (Medium).</source>
        <translation>回避策があり、業務への影響はほとんどありません。重大度 3 (中) です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Job functions are largely unaffected, but something non-critical is unusable or hard to use. That is Severity 3 (Medium).</source>
        <translation>業務への影響はほとんどありませんが、重要でない機能が使用できない、または使いにくくなっています。重大度 3 (中) です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is a question or a feature request with minimal impact. That is Severity 4 (Low).</source>
        <translation>影響の小さい質問または機能要望です。重大度 4 (低) です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A workaround is available and what remains is a question or a feature request with minimal impact. That is Severity 4 (Low).</source>
        <translation>回避策があり、残るのは影響の小さい質問または機能要望です。重大度 4 (低) です。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Answer the questions to get a recommended level.</source>
        <translation>質問に答えると、推奨される重大度が表示されます。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/status/advice.py" line="+34"/>
        <source>All systems operational</source>
        <translation>すべてのシステムが正常に稼働中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minor service outage</source>
        <translation>軽度のサービス障害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major service outage</source>
        <translation>重度のサービス障害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Critical service outage</source>
        <translation>重大なサービス障害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Maintenance in progress</source>
        <translation>メンテナンス中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overall status not reported</source>
        <translation>全体のステータスは未報告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no impact</source>
        <translation>影響なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minor impact</source>
        <translation>軽度の影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major impact</source>
        <translation>重度の影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>critical impact</source>
        <translation>重大な影響</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>maintenance</source>
        <translation>メンテナンス</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>impact not reported</source>
        <translation>影響は未報告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>investigating</source>
        <translation>調査中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cause identified</source>
        <translation>原因特定済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fix applied, monitoring</source>
        <translation>修正適用済み、監視中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved, post-mortem</source>
        <translation>解決済み、事後分析中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status not reported</source>
        <translation>状況は未報告</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>operational</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>degraded performance</source>
        <translation>パフォーマンス低下</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>partial outage</source>
        <translation>部分的な障害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>major outage</source>
        <translation>重大な障害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>under maintenance</source>
        <translation>メンテナンス中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state not reported</source>
        <translation>状態は未報告</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>This incident concerns {regions}, not your region ({region}): your problem is probably a different one. Open a case.</source>
        <translation>このインシデントの対象は {regions} で、お使いのリージョン ({region}) ではありません。お客様の問題は別のものである可能性が高いため、ケースを作成してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This incident is resolved. If the problem goes on for you, open a case and reference it.</source>
        <translation>このインシデントは解決済みです。問題が続く場合は、このインシデントに言及してケースを作成してください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A fix is in place and Genesys is checking it. If the problem goes on for you, open a case and reference this incident.</source>
        <translation>修正が適用され、Genesys が確認中です。問題が続く場合は、このインシデントに言及してケースを作成してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Genesys already knows and is working on this incident: you do not need a case to have it fixed. Open one if your problem is different, if it goes on after the incident is resolved, or if your organization needs its own record; reference the incident so that Product Support can link them.</source>
        <translation>Genesys はこのインシデントを把握し、対応中です。修正のためにケースを作成する必要はありません。問題が異なる場合、インシデント解決後も続く場合、または組織として独自の記録が必要な場合はケースを作成してください。Product Support が関連付けられるよう、インシデントに言及してください。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>If a critical business function cannot be performed and there is no workaround, it is still Severity 1 for you: call Customer Care and mention the incident.</source>
        <translation>重要な業務機能が実行できず回避策もない場合は、お客様にとって重大度 1 です。カスタマーケアに電話し、このインシデントについて伝えてください。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>less than a minute</source>
        <translation>1 分未満</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{minutes} min</source>
        <translation>{minutes} 分</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{hours} h {minutes} min</source>
        <translation>{hours} 時間 {minutes} 分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{days} d {hours} h</source>
        <translation>{days} 日 {hours} 時間</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/tracker/model.py" line="+76"/>
        <source>Open</source>
        <translation>オープン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting on customer</source>
        <translation>お客様の対応待ち</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution proposed</source>
        <translation>解決策提示済み</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>クローズ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First response</source>
        <translation>初回応答</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your reply</source>
        <translation>お客様の返信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto-close</source>
        <translation>自動クローズ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comprehensive RCA</source>
        <translation>包括的な RCA</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The target initial response for Severity {severity}; chase the case if it passes unanswered.</source>
        <translation>重大度 {severity} の目標初回応答時間です。過ぎても応答がない場合はケースを催促してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answer Product Support by then: a case not answered within three business days may be closed (with notice).</source>
        <translation>この日時までに Product Support に返信してください。3 営業日以内に返信がないケースは (通知のうえ) クローズされることがあります。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The comprehensive RCA is due within five business days of resolution; Product Support opens a Priority 3 follow-up case for it.</source>
        <translation>包括的な RCA は解決から 5 営業日以内に提供されます。Product Support はそのために優先度 3 のフォローアップ ケースを作成します。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/tracker/case_number.py" line="+35"/>
        <location filename="../../care_desktop/domain/tracker/model.py" line="+134"/>
        <source>Enter the case number Product Support gave.</source>
        <translation>Product Support から伝えられたケース番号を入力してください。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/tracker/model.py" line="-138"/>
        <source>The case closes at the end of the third business day unless you report that the issue is not resolved.</source>
        <translation>問題が解決していないと報告しない限り、ケースは 3 営業日目の終わりにクローズされます。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/tracker/case_number.py" line="+4"/>
        <source>The case number &quot;{number}&quot; is not a My Support case number: those are digits only, e.g. 0004518771.</source>
        <translation>ケース番号「{number}」はマイサポートのケース番号ではありません。ケース番号は数字のみです (例: 0004518771)。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give the case a title to recognise it by in the tracker.</source>
        <translation>トラッカーで見分けられるように、ケースに件名を付けてください。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/tracker/model.py" line="+141"/>
        <source>The case number &quot;{number}&quot; is not valid: one word of at most 64 characters.</source>
        <translation>ケース番号「{number}」は無効です。空白を含まない 64 文字以内で入力してください。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The severity must be 1, 2, 3 or 4.</source>
        <translation>重大度は 1、2、3、4 のいずれかです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opening time needs a time zone.</source>
        <translation>作成日時にはタイムゾーンが必要です。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Case {number} cannot change from &quot;{current}&quot; to &quot;{new}&quot;.</source>
        <translation>ケース {number} は「{current}」から「{new}」に変更できません。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/tracker/escalation.py" line="+106"/>
        <source>An escalation needs an open case: reopen the case first, then ask for the escalation.</source>
        <translation>エスカレーションにはオープンのケースが必要です。先にケースを再オープンしてから依頼してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Low (Severity 4) cases are not eligible for escalation.</source>
        <translation>低 (重大度 4) のケースはエスカレーションの対象外です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only one escalation can be active on a case at a time: this one must be closed first.</source>
        <translation>1 つのケースで進行できるエスカレーションは一度に 1 つだけです。先に現在のエスカレーションを終了する必要があります。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A Critical (Severity 1) case may be escalated while the outage lasts; call Customer Care.</source>
        <translation>重大 (重大度 1) のケースは障害が続いている間エスカレーションできます。カスタマーケアに電話してください。</translation>
    </message>
    <message numerus="yes">
        <location line="-8"/>
        <source>No escalation for the root cause analysis until Product Support has had %n business days after the restoration ({restored}).</source>
        <translation>
            <numerusform>根本原因分析のエスカレーションは、復旧 ({restored}) から Product Support に %n 営業日が経過するまで依頼できません。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>A High (Severity 2) case needs %n hours since its last update ({updated}) and ongoing significant business impact.</source>
        <translation>
            <numerusform>高 (重大度 2) のケースは、最後の更新 ({updated}) から %n 時間が経過し、重大な業務影響が続いている必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The criteria name no waiting time for a Medium (Severity 3) case: it may be escalated while open.</source>
        <translation>中 (重大度 3) のケースには待ち時間の定めがありません。オープンの間はエスカレーションできます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A change of urgency or impact is not an escalation: call Customer Care to raise the priority.</source>
        <translation>緊急度や影響の変化はエスカレーションではありません。優先度を上げるにはカスタマーケアに電話してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product Support is waiting on you: answer the case before asking for an escalation.</source>
        <translation>Product Support はお客様の回答を待っています。エスカレーションを依頼する前にケースに回答してください。</translation>
    </message>
    <message>
        <location line="+156"/>
        <location filename="../../care_desktop/domain/tracker/model.py" line="+10"/>
        <source>The time of the change needs a time zone.</source>
        <translation>変更日時にはタイムゾーンが必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../care_desktop/domain/tracker/model.py" line="+3"/>
        <source>Case {number} was opened at {opened}; a change cannot come before that.</source>
        <translation>ケース {number} は {opened} に作成されました。それより前の日時には変更できません。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Case {number} has no active escalation to close.</source>
        <translation>ケース {number} には終了する進行中のエスカレーションがありません。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/tracker/model.py" line="+6"/>
        <source>The last change of case {number} was at {last}; a new one cannot come before it.</source>
        <translation>ケース {number} の最後の変更は {last} です。それより前の日時は指定できません。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/services/evidence/notes.py" line="+57"/>
        <source>{name} no longer exists; it was moved or deleted after it was chosen.</source>
        <translation>{name} はもう存在しません。選択後に移動または削除されました。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is a link to a file that does not exist.</source>
        <translation>{name} は存在しないファイルへのリンクです。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is a link that leads back to itself (a link loop); it cannot be opened.</source>
        <translation>{name} は自身を指すリンク (リンクのループ) のため、開けません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is a folder. Add the files inside it instead.</source>
        <translation>{name} はフォルダーです。中のファイルを追加してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a regular file but a {what}; it cannot be attached.</source>
        <translation>{name} は通常のファイルではなく {what} のため、添付できません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read {name}: {reason}.</source>
        <translation>{name} を読み取れません: {reason}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is empty (0 bytes); there is nothing to attach.</source>
        <translation>{name} は空 (0 バイト) のため、添付する内容がありません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is very large ({size}). Copying and redacting it takes a while; if it is a log, consider trimming it to the time of the incident.</source>
        <translation>{name} は非常に大きなファイルです ({size})。コピーとマスキングに時間がかかります。ログの場合は、インシデントの時間帯に絞り込むことを検討してください。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{name} ({size}) is larger than the upload limit ({limit}).</source>
        <translation>{name} ({size}) はアップロードの上限 ({limit}) を超えています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All included attachments together ({size}) exceed the upload limit ({limit}).</source>
        <translation>含める添付ファイルの合計 ({size}) がアップロードの上限 ({limit}) を超えています。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is a binary file: there is no preview, and it cannot be redacted, so the package leaves it out.</source>
        <translation>{name} はバイナリ ファイルです。プレビューもマスキングもできないため、パッケージには含めません。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{name} is not UTF-8 or UTF-16 text; characters that could not be read are shown as �.</source>
        <translation>{name} は UTF-8 でも UTF-16 でもないテキストです。読み取れない文字は � で表示されます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{name} looks like a HAR file but is not complete, valid JSON ({reason}). It is shown and redacted as text.</source>
        <translation>{name} は HAR ファイルのようですが、完全で有効な JSON ではありません ({reason})。テキストとして表示、マスキングします。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not copy {name} into the case folder: {reason}. Nothing was stored.</source>
        <translation>{name} をケース フォルダーにコピーできませんでした: {reason}。何も保存されていません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not in this case&apos;s folder; it was left alone.</source>
        <translation>{name} はこのケースのフォルダーにないため、変更していません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not delete {name} from the case folder: {reason}.</source>
        <translation>{name} をケース フォルダーから削除できませんでした: {reason}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a text file; it cannot be trimmed.</source>
        <translation>{name} はテキスト ファイルではないため、絞り込めません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No time stamps were recognised in {name}; it cannot be trimmed.</source>
        <translation>{name} にタイムスタンプが見つからないため、絞り込めません。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No line of {name} falls between {start} and {end}; nothing was written.</source>
        <translation>{name} には {start} から {end} までの行がないため、何も書き出していません。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/services/platform/client.py" line="+50"/>
        <source>The address {host} could not be found: no network connection, or a DNS problem.</source>
        <translation>アドレス {host} が見つかりません。ネットワークに接続されていないか、DNS に問題があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{host} did not answer in time.</source>
        <translation>{host} から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Genesys Cloud ({region}) did not accept this client ID and secret (HTTP {code}). Check them in Admin &gt; Integrations &gt; OAuth, and check the region: a client works only in its organization&apos;s region.</source>
        <translation>Genesys Cloud ({region}) はこのクライアント ID とシークレットを受け付けませんでした (HTTP {code})。[管理] &gt; [統合] &gt; [OAuth] で確認し、リージョンも確認してください。クライアントは所属する組織のリージョンでのみ使用できます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Genesys Cloud refused access (HTTP 403). The OAuth client needs a role that may read the organization, and your organization may restrict API access by IP address.</source>
        <translation>Genesys Cloud がアクセスを拒否しました (HTTP 403)。OAuth クライアントに組織を読み取れるロールが必要です。また、組織が IP アドレスで API アクセスを制限している可能性があります。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{host} does not know this request (HTTP {code}): is the organization in another region than {region}?</source>
        <translation>{host} はこの要求を認識しません (HTTP {code})。組織は {region} 以外のリージョンにありませんか?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This OAuth client cannot be used here (HTTP {code}): it must use the Client Credentials grant type.</source>
        <translation>この OAuth クライアントはここでは使用できません (HTTP {code})。付与タイプが Client Credentials のクライアントが必要です。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{host} cannot be reached: no network connection, or a proxy or firewall blocks it.</source>
        <translation>{host} に接続できません。ネットワークに接続されていないか、プロキシまたはファイアウォールでブロックされています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Genesys Cloud gave an unexpected answer ({detail}). Try again later.</source>
        <translation>Genesys Cloud から予期しない応答がありました ({detail})。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/services/phones/phonebook.py" line="+124"/>
        <source>Cannot read {path}: {reason}.</source>
        <translation>{path} を読み取れません: {reason}。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The phone directory deployed by your administrator ({path}) is not used: {reason}</source>
        <translation>管理者が配置した電話番号一覧 ({path}) は使用されていません: {reason}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your imported phone directory ({path}) is not used: {reason}</source>
        <translation>インポートした電話番号一覧 ({path}) は使用されていません: {reason}</translation>
    </message>
    <message>
        <location filename="../../care_desktop/services/status_client.py" line="+43"/>
        <source>The status page did not answer in time.</source>
        <translation>ステータス ページから時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status page&apos;s address could not be found: no network connection, or a DNS problem.</source>
        <translation>ステータス ページのアドレスが見つかりません。ネットワークに接続されていないか、DNS に問題があります。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The status page cannot be reached: no network connection, or a firewall blocks it.</source>
        <translation>ステータス ページに接続できません。ネットワークに接続されていないか、ファイアウォールでブロックされています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The status page&apos;s certificate could not be verified against this computer&apos;s certificate store.</source>
        <translation>ステータス ページの証明書を、このコンピューターの証明書ストアで検証できませんでした。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The proxy did not let the request for the status page through.</source>
        <translation>プロキシがステータス ページへの要求を通しませんでした。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status page&apos;s answer was cut off.</source>
        <translation>ステータス ページの応答が途中で切れました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The status page address is not valid: {url}</source>
        <translation>ステータス ページのアドレスが無効です: {url}</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The status page answered with an error (HTTP {code}).</source>
        <translation>ステータス ページがエラーを返しました (HTTP {code})。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The status page&apos;s answer is far too large to be a summary.</source>
        <translation>ステータス ページの応答が大きすぎるため、概要ではありません。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The status page answered with a web page instead of data (a proxy or network sign-in page?).</source>
        <translation>ステータス ページがデータではなく Web ページを返しました (プロキシやネットワークのサインイン ページの可能性があります)。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The status page&apos;s answer is not valid JSON (it may have been cut off).</source>
        <translation>ステータス ページの応答が有効な JSON ではありません (途中で切れた可能性があります)。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The status page&apos;s answer is not a status summary.</source>
        <translation>ステータス ページの応答がステータスの概要ではありません。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/services/store.py" line="+133"/>
        <source>The saved data was damaged and could not be read. It has been kept as {aside} and Care Desktop has started with an empty store.</source>
        <translation>保存データが破損していて読み取れませんでした。{aside} として保管し、Care Desktop は空のデータで起動しました。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/services/tracker/store.py" line="+99"/>
        <source>Case {number} is tracked already.</source>
        <translation>ケース {number} はすでに追跡しています。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/services/platform/conversations.py" line="+58"/>
        <source>The check stopped at its time limit ({seconds} s); the rest was not checked.</source>
        <translation>確認は制限時間 ({seconds} 秒) で止まりました。残りは確認されていません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Genesys Cloud no longer accepts the access token (HTTP 401): run the check again.</source>
        <translation>Genesys Cloud がアクセストークンを受け付けなくなりました (HTTP 401)。もう一度確認してください。</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/clock/plans.py" line="+123"/>
        <source>Severity 2: 1 business hour, counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan; shown in {zone}</source>
        <translation>重大度 2: 1 営業時間 ({plan} サポートプランの時間、{label} ({plan_zone}) の月曜日～金曜日 {start}～{end} で計算、{zone} で表示)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity 3: 2 business hours, counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan; shown in {zone}</source>
        <translation>重大度 3: 2 営業時間 ({plan} サポートプランの時間、{label} ({plan_zone}) の月曜日～金曜日 {start}～{end} で計算、{zone} で表示)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Severity 4: 1 business day (%n business hours), counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan; shown in {zone}</source>
        <translation>
            <numerusform>重大度 4: 1 営業日 (%n 営業時間、{plan} サポートプランの時間、{label} ({plan_zone}) の月曜日～金曜日 {start}～{end} で計算、{zone} で表示)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Severity 4: 1 business day (%n business hours), counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan, not counting public holidays ({calendar}); shown in {zone}</source>
        <translation>
            <numerusform>重大度 4: 1 営業日 (%n 営業時間、{plan} サポートプランの時間、{label} ({plan_zone}) の月曜日～金曜日 {start}～{end} で計算、祝日 ({calendar}) を除く、{zone} で表示)</numerusform>
        </translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Severity 2: 1 business hour, counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan, not counting public holidays ({calendar}); shown in {zone}</source>
        <translation>重大度 2: 1 営業時間 ({plan} サポートプランの時間、{label} ({plan_zone}) の月曜日～金曜日 {start}～{end} で計算、祝日 ({calendar}) を除く、{zone} で表示)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Severity 3: 2 business hours, counted Monday-Friday {start}-{end} {label} ({plan_zone}), the hours of the {plan} support plan, not counting public holidays ({calendar}); shown in {zone}</source>
        <translation>重大度 3: 2 営業時間 ({plan} サポートプランの時間、{label} ({plan_zone}) の月曜日～金曜日 {start}～{end} で計算、祝日 ({calendar}) を除く、{zone} で表示)</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/wording.py" line="+16"/>
        <source>Critical (Severity 1)</source>
        <translation>重大 (重大度 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High (Severity 2)</source>
        <translation>高 (重大度 2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium (Severity 3)</source>
        <translation>中 (重大度 3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low (Severity 4)</source>
        <translation>低 (重大度 4)</translation>
    </message>
    <message>
        <location filename="../../care_desktop/domain/case/text.py" line="+23"/>
        <source>Screenshot</source>
        <translation>スクリーンショット</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Console log</source>
        <translation>コンソール ログ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HAR file</source>
        <translation>HAR ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>構成ファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other file</source>
        <translation>その他のファイル</translation>
    </message>
</context>
<context>
    <name>evidence_clocks</name>
    <message>
        <location filename="../../care_desktop/ui/tracker/evidence_clocks.py" line="-99"/>
        <source>SIP capture available until %1 (%2) — conversation %3</source>
        <translation>SIP キャプチャの取得期限: %1 (%2) — 会話 %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Operational Console events until %1 (%2) — conversation %3</source>
        <translation>Operational Console のイベントの保持期限: %1 (%2) — 会話 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Download the PCAP now (SIP diagnostics in Genesys Cloud) or ask Product Support to collect it.</source>
        <translation>今すぐ PCAP をダウンロードする (Genesys Cloud の SIP 診断) か、Product Support に取得を依頼してください。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Look at the Operational Console events now, or point Product Support to them while they are there.</source>
        <translation>今すぐ Operational Console のイベントを確認するか、残っているうちに Product Support に伝えてください。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Case %1: %2. %3</source>
        <translation>ケース %1: %2。%3</translation>
    </message>
</context>
</TS>
