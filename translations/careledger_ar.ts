<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Consortium</name>
    <message>
        <source>This is not a CareLedger key file.</source>
        <translation>هذا ليس ملف مفتاح خاصًا بـ CareLedger.</translation>
    </message>
    <message>
        <source>The key file&apos;s parameters are damaged.</source>
        <translation>معاملات ملف المفتاح تالفة.</translation>
    </message>
    <message>
        <source>The passphrase does not open this key file.</source>
        <translation>عبارة المرور لا تفتح ملف المفتاح هذا.</translation>
    </message>
    <message>
        <source>The key in this file is damaged.</source>
        <translation>المفتاح الموجود في هذا الملف تالف.</translation>
    </message>
    <message>
        <source>This is not a CareLedger genesis file.</source>
        <translation>هذا ليس ملف تكوين (genesis) خاصًا بـ CareLedger.</translation>
    </message>
    <message>
        <source>The genesis file is damaged: %1</source>
        <translation>ملف التكوين (genesis) تالف: %1</translation>
    </message>
    <message>
        <source>A public key file does not hold a P-256 public key.</source>
        <translation>ملف مفتاح عام لا يحتوي على مفتاح عام من نوع P-256.</translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>No data folder was given.</source>
        <translation>لم يُحدَّد مجلد للبيانات.</translation>
    </message>
    <message>
        <source>The folder %1 is in the way; remove it and retry.</source>
        <translation>المجلد %1 يعترض العملية؛ احذفه ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>The demo clinic could not be moved into %1.</source>
        <translation>تعذّر نقل العيادة التجريبية إلى %1.</translation>
    </message>
</context>
<context>
    <name>Ledger</name>
    <message>
        <source>The workstation&apos;s node key cannot be opened.</source>
        <translation>يتعذّر فتح مفتاح العقدة الخاص بمحطة العمل.</translation>
    </message>
    <message>
        <source>The workstation&apos;s node key is damaged.</source>
        <translation>مفتاح العقدة الخاص بمحطة العمل تالف.</translation>
    </message>
    <message>
        <source>This workstation has no node identity yet.</source>
        <translation>ليست لمحطة العمل هذه هوية عقدة بعد.</translation>
    </message>
    <message>
        <source>The node key is not usable.</source>
        <translation>مفتاح العقدة غير صالح للاستخدام.</translation>
    </message>
    <message>
        <source>This node key is not a member of the consortium&apos;s genesis.</source>
        <translation>مفتاح العقدة هذا ليس عضوًا في تكوين الاتحاد (genesis).</translation>
    </message>
    <message>
        <source>Creating the workstation&apos;s keys</source>
        <translation>إنشاء مفاتيح محطة العمل</translation>
    </message>
    <message>
        <source>Creating the genesis block</source>
        <translation>إنشاء كتلة التكوين</translation>
    </message>
    <message>
        <source>This store already holds a chain.</source>
        <translation>يحتوي هذا المخزن بالفعل على سلسلة.</translation>
    </message>
    <message>
        <source>No signing key is open.</source>
        <translation>لا يوجد مفتاح توقيع مفتوح.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>يُرجى تسجيل الدخول أولًا.</translation>
    </message>
    <message>
        <source>This store holds no chain.</source>
        <translation>لا يحتوي هذا المخزن على أي سلسلة.</translation>
    </message>
    <message>
        <source>There is no such block.</source>
        <translation>لا توجد كتلة كهذه.</translation>
    </message>
    <message>
        <source>No transaction of this record is on the chain yet.</source>
        <translation>لا توجد بعد أي معاملة لهذا السجل على السلسلة.</translation>
    </message>
</context>
<context>
    <name>PasswordPolicy</name>
    <message>
        <source>The password must be at least %1 characters long.</source>
        <translation>يجب ألا يقل طول كلمة المرور عن %1 حرفًا.</translation>
    </message>
    <message>
        <source>The password must not contain the user name.</source>
        <translation>يجب ألا تحتوي كلمة المرور على اسم المستخدم.</translation>
    </message>
    <message>
        <source>The password must not repeat a single character.</source>
        <translation>يجب ألا تتكوّن كلمة المرور من تكرار حرف واحد.</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>Record ids and pseudonyms are 1 to %1 bytes long.</source>
        <translation>يتراوح طول معرّفات السجلات والأسماء المستعارة بين 1 و%1 بايت.</translation>
    </message>
    <message>
        <source>Unknown record kind “%1”.</source>
        <translation>نوع سجل غير معروف: «%1».</translation>
    </message>
    <message>
        <source>Record versions start at 1.</source>
        <translation>تبدأ إصدارات السجل من 1.</translation>
    </message>
    <message>
        <source>This record was erased.</source>
        <translation>مُحي هذا السجل.</translation>
    </message>
    <message>
        <source>This record belongs to another patient.</source>
        <translation>هذا السجل يخص مريضًا آخر.</translation>
    </message>
    <message>
        <source>Version %1 of this record is already stored.</source>
        <translation>الإصدار %1 من هذا السجل مخزَّن بالفعل.</translation>
    </message>
    <message>
        <source>The next version of this record is %1.</source>
        <translation>الإصدار التالي لهذا السجل هو %1.</translation>
    </message>
    <message>
        <source>This record is already erased.</source>
        <translation>هذا السجل ممحوّ بالفعل.</translation>
    </message>
    <message>
        <source>No record is stored under this id.</source>
        <translation>لا يوجد سجل مخزَّن بهذا المعرّف.</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation>مسؤول</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>طبيب</translation>
    </message>
    <message>
        <source>Nurse</source>
        <translation>ممرض</translation>
    </message>
</context>
<context>
    <name>ScreenshotTour</name>
    <message>
        <source>cannot write %1</source>
        <translation>تتعذّر كتابة %1</translation>
    </message>
    <message>
        <source>careledger --screenshots: %1</source>
        <translation>careledger --screenshots: %1</translation>
    </message>
    <message>
        <source>signing in as %1 took too long</source>
        <translation>استغرق تسجيل الدخول باسم %1 وقتًا طويلًا</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>يتعذّر إنشاء المجلد %1</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>يتعذّر إنشاء مجلد مؤقت: %1</translation>
    </message>
    <message>
        <source>the administrator cannot sign in</source>
        <translation>لا يستطيع المسؤول تسجيل الدخول</translation>
    </message>
    <message>
        <source>no administrator session</source>
        <translation>لا توجد جلسة للمسؤول</translation>
    </message>
    <message>
        <source>the staff accounts did not load</source>
        <translation>لم تُحمَّل حسابات الموظفين</translation>
    </message>
    <message>
        <source>the new-account dialog did not open</source>
        <translation>لم تُفتح نافذة الحساب الجديد</translation>
    </message>
    <message>
        <source>the enable-account dialog did not open</source>
        <translation>لم تُفتح نافذة تفعيل الحساب</translation>
    </message>
    <message>
        <source>the doctor cannot sign in</source>
        <translation>لا يستطيع الطبيب تسجيل الدخول</translation>
    </message>
    <message>
        <source>the nurse cannot sign in</source>
        <translation>لا يستطيع الممرض تسجيل الدخول</translation>
    </message>
    <message>
        <source>a wrong password was accepted</source>
        <translation>قُبلت كلمة مرور خاطئة</translation>
    </message>
    <message>
        <source>the account did not lock after repeated wrong passwords</source>
        <translation>لم يُقفَل الحساب بعد تكرار كلمات مرور خاطئة</translation>
    </message>
    <message>
        <source>the administrator has no Ledger page</source>
        <translation>لا توجد صفحة دفتر السجل للمسؤول</translation>
    </message>
    <message>
        <source>the ledger did not load</source>
        <translation>لم يُحمَّل دفتر السجل</translation>
    </message>
    <message>
        <source>the transactions of a block did not load</source>
        <translation>لم تُحمَّل معاملات كتلة</translation>
    </message>
    <message>
        <source>the verification did not finish</source>
        <translation>لم ينتهِ التحقق</translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>دفتر السجل</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Peers</source>
        <translation>النظراء</translation>
    </message>
    <message>
        <source>Live vitals</source>
        <translation>العلامات الحيوية المباشرة</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
</context>
<context>
    <name>StaffDirectory</name>
    <message>
        <source>No such staff account (%1).</source>
        <translation>لا يوجد حساب موظف كهذا (%1).</translation>
    </message>
    <message>
        <source>by user name</source>
        <translation>حسب اسم المستخدم</translation>
    </message>
    <message>
        <source>This staff account has no active signing key.</source>
        <translation>ليس لحساب الموظف هذا مفتاح توقيع فعّال.</translation>
    </message>
</context>
<context>
    <name>StaffService</name>
    <message>
        <source>The user name must be 3 to 32 characters long.</source>
        <translation>يجب أن يتراوح طول اسم المستخدم بين 3 و32 حرفًا.</translation>
    </message>
    <message>
        <source>The user name may contain only lower-case letters, digits, dots, underscores and hyphens.</source>
        <translation>لا يجوز أن يحتوي اسم المستخدم إلا على أحرف لاتينية صغيرة وأرقام ونقاط وشرطات سفلية وشرطات.</translation>
    </message>
    <message>
        <source>The display name must not be empty.</source>
        <translation>يجب ألا يكون الاسم المعروض فارغًا.</translation>
    </message>
    <message>
        <source>The display name must be at most %1 characters long.</source>
        <translation>يجب ألا يزيد طول الاسم المعروض على %1 حرفًا.</translation>
    </message>
    <message>
        <source>The signing key could not be sealed: %1</source>
        <translation>تعذّر ختم مفتاح التوقيع: %1</translation>
    </message>
    <message>
        <source>A signing key could not be generated: %1</source>
        <translation>تعذّر توليد مفتاح توقيع: %1</translation>
    </message>
    <message>
        <source>Your signing key cannot be opened (%1). Ask an administrator to reset your password.</source>
        <translation>يتعذّر فتح مفتاح التوقيع الخاص بك (%1). اطلب من المسؤول إعادة تعيين كلمة مرورك.</translation>
    </message>
    <message>
        <source>the key has been retired</source>
        <translation>سُحب المفتاح من الخدمة</translation>
    </message>
    <message>
        <source>it is not sealed under this password</source>
        <translation>ليس مختومًا بكلمة المرور هذه</translation>
    </message>
    <message>
        <source>the stored key is damaged</source>
        <translation>المفتاح المخزَّن تالف</translation>
    </message>
    <message>
        <source>the stored key does not match its public half</source>
        <translation>المفتاح المخزَّن لا يطابق نصفه العام</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>يُرجى تسجيل الدخول أولًا.</translation>
    </message>
    <message>
        <source>Please change your temporary password first.</source>
        <translation>يُرجى تغيير كلمة المرور المؤقتة أولًا.</translation>
    </message>
    <message>
        <source>Only an administrator may do this.</source>
        <translation>لا يحق القيام بهذا إلا للمسؤول.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>دورك لا يسمح بذلك.</translation>
    </message>
    <message>
        <source>The user name “%1” is already taken.</source>
        <translation>اسم المستخدم «%1» مستخدم بالفعل.</translation>
    </message>
    <message>
        <source>There is no such staff account.</source>
        <translation>لا يوجد حساب موظف كهذا.</translation>
    </message>
    <message>
        <source>The last enabled administrator cannot be disabled.</source>
        <translation>لا يمكن تعطيل آخر مسؤول مفعَّل.</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>لا يمكنك تعطيل حسابك الخاص.</translation>
    </message>
    <message>
        <source>The account is disabled, but its password could not be revoked: %1</source>
        <translation>عُطِّل الحساب، لكن تعذّر إبطال كلمة مروره: %1</translation>
    </message>
    <message>
        <source>This account is already enabled; reset its password instead.</source>
        <translation>هذا الحساب مفعَّل بالفعل؛ أعد تعيين كلمة مروره بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Change your own password instead of resetting it.</source>
        <translation>غيِّر كلمة مرورك بنفسك بدلًا من إعادة تعيينها.</translation>
    </message>
    <message>
        <source>This account is disabled; enable it with a temporary password instead.</source>
        <translation>هذا الحساب معطَّل؛ فعِّله بدلًا من ذلك بكلمة مرور مؤقتة.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>ملف قاعدة البيانات %1 غير موجود.</translation>
    </message>
    <message>
        <source>The database file %1 cannot be read (%2).</source>
        <translation>يتعذّر قراءة ملف قاعدة البيانات %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 ليس ملفًا عاديًا.</translation>
    </message>
    <message>
        <source>%1 is empty: it is not a CareLedger database.</source>
        <translation>%1 فارغ: إنه ليس قاعدة بيانات CareLedger.</translation>
    </message>
    <message>
        <source>%1 is a plain, unencrypted SQLite file, not a CareLedger encrypted database.</source>
        <translation>%1 ملف SQLite عادي غير مشفَّر، وليس قاعدة بيانات CareLedger مشفَّرة.</translation>
    </message>
    <message>
        <source>%1 is not a CareLedger database (its size is not a whole number of pages).</source>
        <translation>%1 ليس قاعدة بيانات CareLedger (حجمه ليس عددًا صحيحًا من الصفحات).</translation>
    </message>
    <message>
        <source>%1 is damaged: it was truncated or partly overwritten.</source>
        <translation>%1 تالف: اقتُطع جزء منه أو كُتب فوق جزء منه.</translation>
    </message>
    <message>
        <source>%1: the location cannot be written (%2).</source>
        <translation>%1: تتعذّر الكتابة في هذا الموقع (%2).</translation>
    </message>
    <message>
        <source>%1: the disk is full (%2).</source>
        <translation>%1: القرص ممتلئ (%2).</translation>
    </message>
    <message>
        <source>%1: the file already exists.</source>
        <translation>%1: الملف موجود بالفعل.</translation>
    </message>
    <message>
        <source>%1: the folder does not exist.</source>
        <translation>%1: المجلد غير موجود.</translation>
    </message>
    <message>
        <source>%1: input/output error (%2).</source>
        <translation>%1: خطأ في الإدخال/الإخراج (%2).</translation>
    </message>
    <message>
        <source>%1: out of memory.</source>
        <translation>%1: نفدت الذاكرة.</translation>
    </message>
    <message>
        <source>%1: the disk is full or the file size limit was reached; nothing was changed.</source>
        <translation>%1: القرص ممتلئ أو بلغ الملف حدّه الأقصى من الحجم؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>%1: the data folder or file cannot be written.</source>
        <translation>%1: تتعذّر الكتابة في مجلد البيانات أو الملف.</translation>
    </message>
    <message>
        <source>%1: the file or its folder does not exist.</source>
        <translation>%1: الملف أو مجلده غير موجود.</translation>
    </message>
    <message>
        <source>%1: the file cannot be opened (%2).</source>
        <translation>%1: يتعذّر فتح الملف (%2).</translation>
    </message>
    <message>
        <source>%1: the database is in use by another program; try again.</source>
        <translation>%1: قاعدة البيانات قيد الاستخدام من برنامج آخر؛ أعد المحاولة.</translation>
    </message>
    <message>
        <source>%1: the change conflicts with existing data (%2).</source>
        <translation>%1: التغيير يتعارض مع بيانات موجودة (%2).</translation>
    </message>
    <message>
        <source>%1: the database file is damaged.</source>
        <translation>%1: ملف قاعدة البيانات تالف.</translation>
    </message>
    <message>
        <source>%1: wrong key or damaged file.</source>
        <translation>%1: مفتاح خاطئ أو ملف تالف.</translation>
    </message>
    <message>
        <source>%1: unexpected database error (%2).</source>
        <translation>%1: خطأ غير متوقع في قاعدة البيانات (%2).</translation>
    </message>
    <message>
        <source>%1: foreign keys could not be enabled.</source>
        <translation>%1: تعذّر تفعيل المفاتيح الخارجية.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check failed).</source>
        <translation>%1 تالف (فشل فحص السلامة).</translation>
    </message>
    <message>
        <source>%1: the setting %2 did not take effect.</source>
        <translation>%1: لم يسرِ مفعول الإعداد %2.</translation>
    </message>
    <message>
        <source>%1: the database key must be 32 bytes.</source>
        <translation>%1: يجب أن يكون مفتاح قاعدة البيانات 32 بايت.</translation>
    </message>
    <message>
        <source>%1: the SQLite library in use does not encrypt (SQLCipher missing).</source>
        <translation>%1: مكتبة SQLite المستخدمة لا تشفّر (SQLCipher غير موجودة).</translation>
    </message>
    <message>
        <source>%1: write-ahead logging could not be enabled.</source>
        <translation>%1: تعذّر تفعيل التسجيل المسبق للكتابة (WAL).</translation>
    </message>
    <message>
        <source>%1: %2 already exists; refusing to overwrite it.</source>
        <translation>%1: %2 موجود بالفعل؛ لن يُكتب فوقه.</translation>
    </message>
    <message>
        <source>A database statement was used before it was prepared.</source>
        <translation>استُخدم استعلام قاعدة البيانات قبل تحضيره.</translation>
    </message>
    <message>
        <source>A value could not be bound to a database statement.</source>
        <translation>تعذّر ربط قيمة باستعلام قاعدة البيانات.</translation>
    </message>
    <message>
        <source>Database operation</source>
        <translation>عملية على قاعدة البيانات</translation>
    </message>
    <message>
        <source>The transaction was already finished.</source>
        <translation>كانت المعاملة قد انتهت بالفعل.</translation>
    </message>
    <message>
        <source>Creating the database %1</source>
        <translation>إنشاء قاعدة البيانات %1</translation>
    </message>
    <message>
        <source>%1: a database file already exists there; refusing to overwrite it.</source>
        <translation>%1: يوجد ملف قاعدة بيانات هناك بالفعل؛ لن يُكتب فوقه.</translation>
    </message>
    <message>
        <source>Opening the database %1</source>
        <translation>فتح قاعدة البيانات %1</translation>
    </message>
    <message>
        <source>%1: the file is read-only.</source>
        <translation>%1: الملف للقراءة فقط.</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>فتح %1</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is not an SQLite file.</source>
        <translation>%1 ليس ملف SQLite.</translation>
    </message>
    <message>
        <source>Creating %1</source>
        <translation>إنشاء %1</translation>
    </message>
    <message>
        <source>%1: a file already exists there; refusing to overwrite it.</source>
        <translation>%1: يوجد ملف هناك بالفعل؛ لن يُكتب فوقه.</translation>
    </message>
    <message>
        <source>Preparing a database statement</source>
        <translation>تحضير استعلام لقاعدة البيانات</translation>
    </message>
    <message>
        <source>Preparing a database statement: the statement is empty.</source>
        <translation>تحضير استعلام لقاعدة البيانات: الاستعلام فارغ.</translation>
    </message>
    <message>
        <source>Starting a transaction</source>
        <translation>بدء معاملة</translation>
    </message>
    <message>
        <source>The list of schema migrations is not in increasing order.</source>
        <translation>قائمة ترحيلات المخطط ليست مرتبة تصاعديًا.</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of CareLedger (data format %2; this version knows up to %3). Install the newer CareLedger to open it; nothing was changed.</source>
        <translation>كُتب %1 بإصدار أحدث من CareLedger (تنسيق البيانات %2؛ هذا الإصدار يعرف حتى التنسيق %3). ثبّت الإصدار الأحدث من CareLedger لفتحه؛ لم يُغيَّر شيء.</translation>
    </message>
    <message>
        <source>Upgrading the data format to version %1</source>
        <translation>ترقية تنسيق البيانات إلى الإصدار %1</translation>
    </message>
    <message>
        <source>The password key parameters are not usable: %1</source>
        <translation>معاملات اشتقاق مفتاح كلمة المرور غير صالحة للاستخدام: %1</translation>
    </message>
    <message>
        <source>Deriving the key-slot keys failed.</source>
        <translation>فشل اشتقاق مفاتيح خانة المفتاح.</translation>
    </message>
    <message>
        <source>Creating the key-slot file: the store id or key check has the wrong length.</source>
        <translation>إنشاء ملف خانات المفاتيح: طول معرّف المخزن أو قيمة التحقق من المفتاح غير صحيح.</translation>
    </message>
    <message>
        <source>The key-slot file %1 is damaged or incomplete.</source>
        <translation>ملف خانات المفاتيح %1 تالف أو غير مكتمل.</translation>
    </message>
    <message>
        <source>The key-slot file %1 was written by a newer version of CareLedger; install it to open this store.</source>
        <translation>كُتب ملف خانات المفاتيح %1 بإصدار أحدث من CareLedger؛ ثبّته لفتح هذا المخزن.</translation>
    </message>
    <message>
        <source>Saving a key slot: the database key must be 32 bytes.</source>
        <translation>حفظ خانة مفتاح: يجب أن يكون مفتاح قاعدة البيانات 32 بايت.</translation>
    </message>
    <message>
        <source>Saving a key slot: the key does not belong to this store.</source>
        <translation>حفظ خانة مفتاح: المفتاح لا يخص هذا المخزن.</translation>
    </message>
    <message>
        <source>Sealing the key slot failed.</source>
        <translation>فشل ختم خانة المفتاح.</translation>
    </message>
    <message>
        <source>There is no key slot for this user name.</source>
        <translation>لا توجد خانة مفتاح لاسم المستخدم هذا.</translation>
    </message>
    <message>
        <source>The key slot in %1 is damaged.</source>
        <translation>خانة المفتاح في %1 تالفة.</translation>
    </message>
    <message>
        <source>The password does not open this key slot.</source>
        <translation>كلمة المرور لا تفتح خانة المفتاح هذه.</translation>
    </message>
    <message>
        <source>Refusing to remove the last key slot: nobody could open the store any more.</source>
        <translation>رُفض حذف آخر خانة مفتاح: لن يتمكن أحد بعد ذلك من فتح المخزن.</translation>
    </message>
    <message>
        <source>Creating the data folder %1</source>
        <translation>إنشاء مجلد البيانات %1</translation>
    </message>
    <message>
        <source>%1: the folder cannot be created (%2).</source>
        <translation>%1: يتعذّر إنشاء المجلد (%2).</translation>
    </message>
    <message>
        <source>%1: a file is in the way.</source>
        <translation>%1: يوجد ملف يعترض العملية.</translation>
    </message>
    <message>
        <source>The database %1 is damaged: the key is right but the file cannot be read.</source>
        <translation>قاعدة البيانات %1 تالفة: المفتاح صحيح لكن الملف غير قابل للقراءة.</translation>
    </message>
    <message>
        <source>The key does not belong to the database %1.</source>
        <translation>المفتاح لا يخص قاعدة البيانات %1.</translation>
    </message>
    <message>
        <source>There is no CareLedger store in %1.</source>
        <translation>لا يوجد مخزن CareLedger في %1.</translation>
    </message>
    <message>
        <source>The database file %1 is missing.</source>
        <translation>ملف قاعدة البيانات %1 مفقود.</translation>
    </message>
    <message>
        <source>The key-slot file %1 is missing.</source>
        <translation>ملف خانات المفاتيح %1 مفقود.</translation>
    </message>
    <message>
        <source>%1 already holds a CareLedger store; refusing to overwrite it.</source>
        <translation>يحتوي %1 بالفعل على مخزن CareLedger؛ لن يُكتب فوقه.</translation>
    </message>
    <message>
        <source>A database key is 32 bytes long.</source>
        <translation>طول مفتاح قاعدة البيانات 32 بايت.</translation>
    </message>
</context>
<context>
    <name>Workstation</name>
    <message>
        <source>The user name or the password is not correct.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>A CareLedger store already exists in %1; refusing to overwrite it.</source>
        <translation>يوجد مخزن CareLedger بالفعل في %1؛ لن يُكتب فوقه.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>يتعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>There is no CareLedger store in %1.</source>
        <translation>لا يوجد مخزن CareLedger في %1.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask an administrator to enable it.</source>
        <translation>هذا الحساب معطَّل. اطلب من المسؤول تفعيله.</translation>
    </message>
    <message>
        <source>Your signing key cannot be opened (%1). Ask an administrator to reset your password.</source>
        <translation>يتعذّر فتح مفتاح التوقيع الخاص بك (%1). اطلب من المسؤول إعادة تعيين كلمة مرورك.</translation>
    </message>
    <message>
        <source>Please sign in first.</source>
        <translation>يُرجى تسجيل الدخول أولًا.</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>كلمة المرور الحالية غير صحيحة.</translation>
    </message>
    <message>
        <source>The new password must be different from the current one.</source>
        <translation>يجب أن تختلف كلمة المرور الجديدة عن الحالية.</translation>
    </message>
    <message>
        <source>Your signing key was replaced since you signed in. Please sign in again.</source>
        <translation>استُبدل مفتاح التوقيع الخاص بك منذ تسجيل دخولك. يُرجى تسجيل الدخول مجددًا.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::BlockTableModel</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 بايت</translation>
    </message>
    <message>
        <source>Sealed by the validator whose turn it was.</source>
        <translation>ختمها المُصادِق الذي حان دوره.</translation>
    </message>
    <message>
        <source>Sealed by another validator after the in-turn one stayed silent; it weighs less.</source>
        <translation>ختمها مُصادِق آخر بعد أن لم يستجب المُصادِق صاحب الدور؛ ووزنها أقل.</translation>
    </message>
    <message>
        <source>genesis</source>
        <translation>التكوين</translation>
    </message>
    <message>
        <source>In turn</source>
        <translation>في دوره</translation>
    </message>
    <message>
        <source>Out of turn</source>
        <translation>خارج الدور</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>الارتفاع</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation>المعاملات</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>خُتمت بواسطة</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>البصمة</translation>
    </message>
</context>
<context>
    <name>careledger::ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own password before you continue; only you will know it.</source>
        <translation>عيّن المسؤول كلمة مرورك. اختر كلمة مرور خاصة بك قبل المتابعة؛ لن يعرفها أحد سواك.</translation>
    </message>
    <message>
        <source>Choose a new password. You will use it the next time you sign in.</source>
        <translation>اختر كلمة مرور جديدة. ستستخدمها في المرة القادمة التي تسجّل فيها الدخول.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>تغيير كلمة المرور (&amp;H)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج (&amp;O)</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>كلمة المرور الحالية</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>Repeat new password</source>
        <translation>تكرار كلمة المرور الجديدة</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>كلمة المرور الحالية (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>كلمة المرور الجديدة (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat new password:</source>
        <translation>تكرار كلمة المرور الجديدة (&amp;R):</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>أدخل كلمة مرورك الحالية.</translation>
    </message>
    <message>
        <source>Enter a new password.</source>
        <translation>أدخل كلمة مرور جديدة.</translation>
    </message>
    <message>
        <source>The two new passwords do not match.</source>
        <translation>كلمتا المرور الجديدتان غير متطابقتين.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>يجب أن تختلف كلمة المرور الجديدة عن الحالية.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>جارٍ تغيير كلمة المرور…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::FormDialog</name>
    <message>
        <source>OK</source>
        <translation>موافق</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
</context>
<context>
    <name>careledger::ui::LedgerPage</name>
    <message>
        <source>Ledger</source>
        <translation>دفتر السجل</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث (&amp;F)</translation>
    </message>
    <message>
        <source>Load &amp;older blocks</source>
        <translation>تحميل الكتل الأقدم (&amp;O)</translation>
    </message>
    <message>
        <source>Blocks, newest first</source>
        <translation>الكتل، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Blocks</source>
        <translation>الكتل</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>التحقق</translation>
    </message>
    <message>
        <source>Checks every block header, signature, Merkle root and transaction, then every stored record against its newest hash on the chain, and names each mismatch.</source>
        <translation>يفحص كل ترويسة كتلة وتوقيع وجذر ميركل ومعاملة، ثم كل سجل مخزَّن مقابل أحدث بصمة له على السلسلة، ويسمّي كل اختلاف.</translation>
    </message>
    <message>
        <source>Chain height</source>
        <translation>ارتفاع السلسلة</translation>
    </message>
    <message>
        <source>Latest block</source>
        <translation>أحدث كتلة</translation>
    </message>
    <message>
        <source>Chain</source>
        <translation>السلسلة</translation>
    </message>
    <message>
        <source>Validators</source>
        <translation>المُصادِقون</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>الأعضاء</translation>
    </message>
    <message>
        <source>Waiting transactions</source>
        <translation>المعاملات المنتظرة</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>محطة العمل هذه</translation>
    </message>
    <message>
        <source>Block hash</source>
        <translation>بصمة الكتلة</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>الكتلة السابقة</translation>
    </message>
    <message>
        <source>Merkle root</source>
        <translation>جذر ميركل</translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation>خُتمت بواسطة</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>البصمة</translation>
    </message>
    <message>
        <source>Transactions of the selected block</source>
        <translation>معاملات الكتلة المحددة</translation>
    </message>
    <message>
        <source>The ledger cannot be shown: %1</source>
        <translation>تعذّر عرض دفتر السجل: %1</translation>
    </message>
    <message>
        <source>Older blocks cannot be shown: %1</source>
        <translation>تعذّر عرض الكتل الأقدم: %1</translation>
    </message>
    <message>
        <source>Showing blocks %1 to %2.</source>
        <translation>عرض الكتل من %1 إلى %2.</translation>
    </message>
    <message>
        <source>Committed on this workstation, not yet sealed in a block.</source>
        <translation>مُثبتة على محطة العمل هذه، ولم تُختم في كتلة بعد.</translation>
    </message>
    <message>
        <source>Seals blocks (a validator of the consortium)</source>
        <translation>يختم الكتل (مُصادِق في الاتحاد)</translation>
    </message>
    <message>
        <source>Does not seal blocks (a member, not a validator)</source>
        <translation>لا يختم الكتل (عضو وليس مُصادِقًا)</translation>
    </message>
    <message>
        <source>No block selected</source>
        <translation>لم تُحدَّد أي كتلة</translation>
    </message>
    <message>
        <source>Block %1</source>
        <translation>الكتلة %1</translation>
    </message>
    <message>
        <source>genesis (the health authority)</source>
        <translation>التكوين (السلطة الصحية)</translation>
    </message>
    <message>
        <source>in turn</source>
        <translation>في دوره</translation>
    </message>
    <message>
        <source>out of turn</source>
        <translation>خارج الدور</translation>
    </message>
    <message>
        <source>The transactions of this block cannot be shown: %1</source>
        <translation>تعذّر عرض معاملات هذه الكتلة: %1</translation>
    </message>
</context>
<context>
    <name>careledger::ui::LoginWindow</name>
    <message>
        <source>CareLedger logo</source>
        <translation>شعار CareLedger</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>Clinical workstation</source>
        <translation>محطة العمل السريرية</translation>
    </message>
    <message>
        <source>CareLedger — Sign in</source>
        <translation>CareLedger — تسجيل الدخول</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>Clinic data: %1</source>
        <translation>بيانات العيادة: %1</translation>
    </message>
    <message>
        <source>Clinic data directory</source>
        <translation>مجلد بيانات العيادة</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>اسم المستخدم (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>كلمة المرور (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>تسجيل الدخول (&amp;S)</translation>
    </message>
    <message>
        <source>Your password unlocks this workstation&apos;s encrypted clinic data. Nothing is readable without it.</source>
        <translation>كلمة مرورك تفتح بيانات العيادة المشفَّرة على محطة العمل هذه. لا يمكن قراءة أي شيء بدونها.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>أدخل اسم المستخدم.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>أدخل كلمة المرور.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>اسم المستخدم أو كلمة المرور غير صحيحة.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait a moment before you try again.</source>
        <translation>محاولات فاشلة كثيرة جدًا. انتظر قليلًا قبل أن تحاول مجددًا.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask a clinic administrator to enable it.</source>
        <translation>هذا الحساب معطَّل. اطلب من أحد مسؤولي العيادة تفعيله.</translation>
    </message>
    <message>
        <source>The clinic data cannot be opened: %1</source>
        <translation>يتعذّر فتح بيانات العيادة: %1</translation>
    </message>
    <message>
        <source>Sign-in failed: %1</source>
        <translation>فشل تسجيل الدخول: %1</translation>
    </message>
    <message>
        <source>You can try to sign in again now.</source>
        <translation>يمكنك الآن محاولة تسجيل الدخول مجددًا.</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again in %1</source>
        <translation>محاولات فاشلة كثيرة جدًا. أعد المحاولة بعد %1</translation>
    </message>
</context>
<context>
    <name>careledger::ui::MainWindow</name>
    <message>
        <source>CareLedger — %1 (%2)</source>
        <translation>CareLedger — %1 (%2)</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>الأقسام</translation>
    </message>
    <message>
        <source>Signed in as %1 · %2</source>
        <translation>مسجَّل الدخول باسم %1 · %2</translation>
    </message>
    <message>
        <source>Clinic data: %1</source>
        <translation>بيانات العيادة: %1</translation>
    </message>
    <message>
        <source>CareLedger logo</source>
        <translation>شعار CareLedger</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>الجلسة (&amp;S)</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>تغيير كلمة المرور (&amp;P)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>تسجيل الخروج (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>انتقال (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مساعدة (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About CareLedger</source>
        <translation>حول CareLedger (&amp;A)</translation>
    </message>
    <message>
        <source>About CareLedger</source>
        <translation>حول CareLedger</translation>
    </message>
    <message>
        <source>CareLedger %1

A clinical workstation whose records are encrypted on disk and whose every change is signed on a ledger shared by the clinics of a health network.</source>
        <translation>CareLedger %1

محطة عمل سريرية تُشفَّر سجلاتها على القرص، ويُوقَّع كل تغيير فيها في دفتر سجل تتشاركه عيادات شبكة صحية واحدة.</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>تم تغيير كلمة مرورك.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::MessageLabel</name>
    <message>
        <source>Message</source>
        <translation>رسالة</translation>
    </message>
</context>
<context>
    <name>careledger::ui::NewAccountDialog</name>
    <message>
        <source>New staff account</source>
        <translation>حساب موظف جديد</translation>
    </message>
    <message>
        <source>The new colleague signs in with the temporary password once and then chooses their own.</source>
        <translation>يسجّل الزميل الجديد الدخول مرة واحدة بكلمة المرور المؤقتة، ثم يختار كلمة مروره الخاصة.</translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation>إنشاء الحساب (&amp;C)</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>الاسم الكامل</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>كلمة المرور المؤقتة</translation>
    </message>
    <message>
        <source>Repeat temporary password</source>
        <translation>تكرار كلمة المرور المؤقتة</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>اسم المستخدم (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>الاسم الكامل (&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>الدور (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>كلمة المرور المؤقتة (&amp;T):</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>تكرار كلمة المرور (&amp;E):</translation>
    </message>
    <message>
        <source>Enter a user name.</source>
        <translation>أدخل اسم مستخدم.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s full name.</source>
        <translation>أدخل الاسم الكامل للشخص.</translation>
    </message>
    <message>
        <source>Enter a temporary password.</source>
        <translation>أدخل كلمة مرور مؤقتة.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Creating the account…</source>
        <translation>جارٍ إنشاء الحساب…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PlaceholderPage</name>
    <message>
        <source>This part of CareLedger is not available in this version yet.</source>
        <translation>هذا الجزء من CareLedger غير متاح بعد في هذا الإصدار.</translation>
    </message>
    <message>
        <source>Not available yet</source>
        <translation>غير متاح بعد</translation>
    </message>
    <message>
        <source>Nothing is shown here rather than sample data, so that everything you see in CareLedger is real.</source>
        <translation>لا يُعرض هنا شيء بدلًا من بيانات تجريبية، حتى يكون كل ما تراه في CareLedger حقيقيًا.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::SessionController</name>
    <message>
        <source>No clinic data was found in this folder. Create it with “careledger-admin init”, or start CareLedger with --demo to try it with demo accounts.</source>
        <translation>لم يُعثر على بيانات عيادة في هذا المجلد. أنشئها باستخدام «careledger-admin init»، أو شغّل CareLedger مع الخيار --demo لتجربته بحسابات تجريبية.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::StaffAdminPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>حسابات الموظفين</translation>
    </message>
    <message>
        <source>Everyone who signs in at this clinic&apos;s workstations. Disabling an account destroys its key: its password no longer opens the clinic data.</source>
        <translation>كل من يسجّل الدخول إلى محطات العمل في هذه العيادة. تعطيل الحساب يُتلف مفتاحه: فلا تعود كلمة مروره تفتح بيانات العيادة.</translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation>حساب جديد (&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>تعطيل (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Enable…</source>
        <translation>تفعيل (&amp;E)…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>إعادة تعيين كلمة المرور (&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث (&amp;F)</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>تصفية</translation>
    </message>
    <message>
        <source>Filter by user name, name or role</source>
        <translation>التصفية حسب اسم المستخدم أو الاسم أو الدور</translation>
    </message>
    <message>
        <source>Filter staff accounts</source>
        <translation>تصفية حسابات الموظفين</translation>
    </message>
    <message>
        <source>Staff accounts table</source>
        <translation>جدول حسابات الموظفين</translation>
    </message>
    <message>
        <source>The staff accounts cannot be shown: %1</source>
        <translation>يتعذّر عرض حسابات الموظفين: %1</translation>
    </message>
    <message>
        <source>Account “%1” created for %2. Hand over the temporary password in person.</source>
        <translation>أُنشئ الحساب «%1» لـ %2. سلِّم كلمة المرور المؤقتة شخصيًا.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>تعطيل الحساب</translation>
    </message>
    <message>
        <source>Disable the account of %1 (%2)?</source>
        <translation>هل تريد تعطيل حساب %1 (%2)؟</translation>
    </message>
    <message>
        <source>%1 will no longer be able to sign in, and the password will no longer open the clinic data. You can enable the account again with a temporary password.</source>
        <translation>لن يتمكن %1 من تسجيل الدخول بعد الآن، ولن تعود كلمة المرور تفتح بيانات العيادة. يمكنك تفعيل الحساب مجددًا بكلمة مرور مؤقتة.</translation>
    </message>
    <message>
        <source>&amp;Disable account</source>
        <translation>تعطيل الحساب (&amp;D)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The account cannot be disabled: %1</source>
        <translation>يتعذّر تعطيل الحساب: %1</translation>
    </message>
    <message>
        <source>The account of %1 is disabled.</source>
        <translation>عُطِّل حساب %1.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::StaffTableModel</name>
    <message>
        <source>Enabled</source>
        <translation>مفعَّل</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>معطَّل</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Must change password</source>
        <translation>يجب تغيير كلمة المرور</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
</context>
<context>
    <name>careledger::ui::TemporaryPasswordDialog</name>
    <message>
        <source>Enable account</source>
        <translation>تفعيل الحساب</translation>
    </message>
    <message>
        <source>Enable the account of %1. A disabled account has no key left, so it needs a temporary password, which %1 must replace at the next sign-in.</source>
        <translation>تفعيل حساب %1. لم يعد للحساب المعطَّل أي مفتاح، لذا يحتاج إلى كلمة مرور مؤقتة يجب على %1 استبدالها عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>&amp;Enable account</source>
        <translation>تفعيل الحساب (&amp;E)</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>إعادة تعيين كلمة المرور</translation>
    </message>
    <message>
        <source>Set a temporary password for %1. The current password stops working at once, and %1 must choose a new one at the next sign-in.</source>
        <translation>تعيين كلمة مرور مؤقتة لـ %1. تتوقف كلمة المرور الحالية عن العمل فورًا، ويجب على %1 اختيار كلمة مرور جديدة عند تسجيل الدخول التالي.</translation>
    </message>
    <message>
        <source>&amp;Reset password</source>
        <translation>إعادة تعيين كلمة المرور (&amp;R)</translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation>كلمة المرور المؤقتة</translation>
    </message>
    <message>
        <source>Repeat temporary password</source>
        <translation>تكرار كلمة المرور المؤقتة</translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation>كلمة المرور المؤقتة (&amp;T):</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>تكرار كلمة المرور (&amp;E):</translation>
    </message>
    <message>
        <source>Enter a temporary password.</source>
        <translation>أدخل كلمة مرور مؤقتة.</translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation>كلمتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Enabling the account…</source>
        <translation>جارٍ تفعيل الحساب…</translation>
    </message>
    <message>
        <source>Resetting the password…</source>
        <translation>جارٍ إعادة تعيين كلمة المرور…</translation>
    </message>
    <message>
        <source>The account of %1 is enabled again.</source>
        <translation>فُعِّل حساب %1 مجددًا.</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>أُعيد تعيين كلمة مرور %1.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::TransactionTableModel</name>
    <message>
        <source>Member admission</source>
        <translation>قبول عضو</translation>
    </message>
    <message>
        <source>Member removal</source>
        <translation>إزالة عضو</translation>
    </message>
    <message>
        <source>Validator addition</source>
        <translation>إضافة مُصادِق</translation>
    </message>
    <message>
        <source>Validator removal</source>
        <translation>إزالة مُصادِق</translation>
    </message>
    <message>
        <source>User key registration</source>
        <translation>تسجيل مفتاح مستخدم</translation>
    </message>
    <message>
        <source>Record written</source>
        <translation>كتابة سجل</translation>
    </message>
    <message>
        <source>Record erased</source>
        <translation>محو سجل</translation>
    </message>
    <message>
        <source>Consent granted</source>
        <translation>منح موافقة</translation>
    </message>
    <message>
        <source>Consent revoked</source>
        <translation>سحب موافقة</translation>
    </message>
    <message>
        <source>Vital signs anchor</source>
        <translation>تثبيت العلامات الحيوية</translation>
    </message>
    <message>
        <source>Alert acknowledged</source>
        <translation>الإقرار بتنبيه</translation>
    </message>
    <message>
        <source>Alert threshold override</source>
        <translation>تعديل عتبة التنبيه</translation>
    </message>
    <message>
        <source>Audit log anchor</source>
        <translation>تثبيت سجل التدقيق</translation>
    </message>
    <message>
        <source>Transaction %1</source>
        <translation>المعاملة %1</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>وقّعها</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>التسلسل</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>الموضوع</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
</context>
<context>
    <name>careledger::ui::VerifyPanel</name>
    <message>
        <source>Ledger verification</source>
        <translation>التحقق من دفتر السجل</translation>
    </message>
    <message>
        <source>&amp;Verify ledger</source>
        <translation>تحقق من دفتر السجل (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Cancel verification</source>
        <translation>إلغاء التحقق (&amp;C)</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>تقدّم التحقق</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>نتيجة التحقق</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>المشكلات المكتشفة</translation>
    </message>
    <message>
        <source>Verifying every block, transaction and stored record…</source>
        <translation>جارٍ التحقق من كل كتلة ومعاملة وسجل مخزَّن…</translation>
    </message>
    <message>
        <source>Stopping the verification…</source>
        <translation>جارٍ إيقاف التحقق…</translation>
    </message>
    <message>
        <source>The ledger cannot be verified: %1</source>
        <translation>تعذّر التحقق من دفتر السجل: %1</translation>
    </message>
    <message>
        <source>1 block</source>
        <translation>كتلة واحدة</translation>
    </message>
    <message>
        <source>%1 blocks</source>
        <translation>%1 كتلة</translation>
    </message>
    <message>
        <source>1 transaction</source>
        <translation>معاملة واحدة</translation>
    </message>
    <message>
        <source>%1 transactions</source>
        <translation>%1 معاملة</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>سجل واحد</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 سجل</translation>
    </message>
    <message>
        <source>Verification cancelled after %1. Nothing was changed.</source>
        <translation>أُلغي التحقق بعد %1. لم يتغيّر شيء.</translation>
    </message>
    <message>
        <source>1 problem found</source>
        <translation>عُثر على مشكلة واحدة</translation>
    </message>
    <message>
        <source>%1 problems found</source>
        <translation>عُثر على %1 مشكلة</translation>
    </message>
    <message>
        <source>%1 in the ledger (%2 checked); each is listed below.</source>
        <translation>%1 في دفتر السجل (فُحص %2)؛ وكلٌّ منها مذكور أدناه.</translation>
    </message>
    <message>
        <source>Ledger verified: %1, no problems.</source>
        <translation>تم التحقق من دفتر السجل: %1، دون أي مشكلة.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CareLedger clinical workstation.</source>
        <translation>محطة العمل السريرية CareLedger.</translation>
    </message>
    <message>
        <source>Open the clinic data in &lt;dir&gt; (default: the demo clinic, %1).</source>
        <translation>فتح بيانات العيادة في &lt;dir&gt; (الافتراضي: العيادة التجريبية، %1).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Create the demo clinic with its demo accounts first, unless it exists.</source>
        <translation>إنشاء العيادة التجريبية وحساباتها التجريبية أولًا، ما لم تكن موجودة.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt;: %1 (default: the system&apos;s).</source>
        <translation>استخدام اللغة &lt;code&gt;: %1 (الافتراضي: لغة النظام).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Render every screen to PNG files in &lt;dir&gt; without a display, using a throw-away clinic, and exit.</source>
        <translation>تصيير كل شاشة إلى ملفات PNG في &lt;dir&gt; دون شاشة عرض، باستخدام عيادة مؤقتة، ثم الخروج.</translation>
    </message>
    <message>
        <source>Unknown language “%1”. Choose one of: %2.</source>
        <translation>لغة غير معروفة: «%1». اختر إحدى اللغات: %2.</translation>
    </message>
    <message>
        <source>careledger: no display found (neither DISPLAY nor WAYLAND_DISPLAY is set, nor QT_QPA_PLATFORM).
To render every screen to PNG files without a display, run:
    careledger --screenshots &lt;dir&gt; [--lang fr|ar|en]</source>
        <translation>careledger: لم يُعثر على شاشة عرض (لم يُضبط DISPLAY ولا WAYLAND_DISPLAY ولا QT_QPA_PLATFORM).
لتصيير كل شاشة إلى ملفات PNG دون شاشة عرض، شغّل:
    careledger --screenshots &lt;dir&gt; [--lang fr|ar|en]</translation>
    </message>
    <message>
        <source>The demo clinic cannot be created: %1</source>
        <translation>يتعذّر إنشاء العيادة التجريبية: %1</translation>
    </message>
</context>
</TS>
