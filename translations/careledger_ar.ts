<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>Access</name>
    <message>
        <source>Only an administrator can change a patient&apos;s details.</source>
        <translation>لا يمكن إلا للمسؤول تعديل بيانات المريض.</translation>
    </message>
    <message>
        <source>Only the patient or an administrator can grant or revoke access.</source>
        <translation>لا يمكن إلا للمريض أو للمسؤول منح الوصول أو سحبه.</translation>
    </message>
    <message>
        <source>Only an administrator can read a patient&apos;s audit trail.</source>
        <translation>لا يمكن إلا للمسؤول الاطلاع على سجل تدقيق المريض.</translation>
    </message>
    <message>
        <source>Only an administrator can erase a patient&apos;s record.</source>
        <translation>لا يمكن إلا للمسؤول محو ملف المريض.</translation>
    </message>
    <message>
        <source>Only an administrator can export a patient&apos;s record.</source>
        <translation>لا يمكن إلا للمسؤول تصدير ملف المريض.</translation>
    </message>
    <message>
        <source>Only doctors can use emergency access.</source>
        <translation>لا يمكن إلا للأطباء استخدام الوصول الطارئ.</translation>
    </message>
    <message>
        <source>Nurses cannot write prescriptions.</source>
        <translation>لا يمكن للممرضين كتابة الوصفات الطبية.</translation>
    </message>
    <message>
        <source>Administrators cannot write prescriptions.</source>
        <translation>لا يمكن للمسؤولين كتابة الوصفات الطبية.</translation>
    </message>
    <message>
        <source>Nurses cannot write history entries.</source>
        <translation>لا يمكن للممرضين تسجيل السوابق المرضية.</translation>
    </message>
    <message>
        <source>Administrators cannot write history entries.</source>
        <translation>لا يمكن للمسؤولين تسجيل السوابق المرضية.</translation>
    </message>
    <message>
        <source>Administrators cannot see clinical content (history and prescriptions).</source>
        <translation>لا يمكن للمسؤولين رؤية المحتوى السريري (السوابق والوصفات).</translation>
    </message>
    <message>
        <source>You are not allowed to do this.</source>
        <translation>غير مسموح لك بهذا الإجراء.</translation>
    </message>
    <message>
        <source>Your access to this record has expired.</source>
        <translation>انتهت صلاحية وصولك إلى هذا الملف.</translation>
    </message>
    <message>
        <source>You have no access to this patient&apos;s record. If the patient needs care now, use emergency access.</source>
        <translation>ليس لديك وصول إلى ملف هذا المريض. إذا كان المريض بحاجة إلى رعاية الآن، فاستخدم الوصول الطارئ.</translation>
    </message>
    <message>
        <source>You have no access to this patient&apos;s record. A doctor can use emergency access.</source>
        <translation>ليس لديك وصول إلى ملف هذا المريض. يمكن للطبيب استخدام الوصول الطارئ.</translation>
    </message>
    <message>
        <source>The patient&apos;s consent for this clinic has expired, so the record cannot be exported.</source>
        <translation>انتهت صلاحية موافقة المريض لهذه العيادة، لذا لا يمكن تصدير الملف.</translation>
    </message>
    <message>
        <source>Exporting a record needs the patient&apos;s consent for this clinic or for you.</source>
        <translation>يتطلب تصدير الملف موافقة المريض لهذه العيادة أو لك.</translation>
    </message>
    <message>
        <source>You already have access to this patient&apos;s record; emergency access is not needed.</source>
        <translation>لديك وصول إلى ملف هذا المريض بالفعل؛ لا حاجة إلى الوصول الطارئ.</translation>
    </message>
    <message>
        <source>Your emergency access to this patient&apos;s record is already active.</source>
        <translation>وصولك الطارئ إلى ملف هذا المريض نشط بالفعل.</translation>
    </message>
    <message>
        <source>Emergency access is not available here.</source>
        <translation>الوصول الطارئ غير متاح هنا.</translation>
    </message>
    <message>
        <source>Patients can see only their own record.</source>
        <translation>لا يمكن للمرضى رؤية إلا ملفاتهم الخاصة.</translation>
    </message>
    <message>
        <source>This part of the record is not available at the kiosk; please ask your clinic.</source>
        <translation>هذا الجزء من الملف غير متاح في الكشك؛ يرجى مراجعة عيادتك.</translation>
    </message>
    <message>
        <source>This patient&apos;s record was erased.</source>
        <translation>تم محو ملف هذا المريض.</translation>
    </message>
    <message>
        <source>Administrators cannot see a patient&apos;s vital signs.</source>
        <translation>لا يمكن للمسؤولين رؤية العلامات الحيوية للمريض.</translation>
    </message>
    <message>
        <source>Only doctors and nurses can acknowledge alerts.</source>
        <translation>لا يمكن إلا للأطباء والممرضين الإقرار بالتنبيهات.</translation>
    </message>
    <message>
        <source>Only doctors can change a patient&apos;s alert limits.</source>
        <translation>لا يمكن إلا للأطباء تغيير حدود التنبيه الخاصة بالمريض.</translation>
    </message>
</context>
<context>
    <name>Alerts</name>
    <message>
        <source>This alarm is no longer raised.</source>
        <translation>لم يعد هذا الإنذار قائمًا.</translation>
    </message>
    <message>
        <source>This alarm has already been acknowledged.</source>
        <translation>تم الإقرار بهذا الإنذار بالفعل.</translation>
    </message>
    <message>
        <source>The low limit of %1 may have at most one decimal.</source>
        <translation>يمكن أن يحتوي الحد الأدنى لـ %1 على منزلة عشرية واحدة على الأكثر.</translation>
    </message>
    <message>
        <source>The high limit of %1 may have at most one decimal.</source>
        <translation>يمكن أن يحتوي الحد الأعلى لـ %1 على منزلة عشرية واحدة على الأكثر.</translation>
    </message>
    <message>
        <source>The low limit of %1 must be a whole number.</source>
        <translation>يجب أن يكون الحد الأدنى لـ %1 عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>The high limit of %1 must be a whole number.</source>
        <translation>يجب أن يكون الحد الأعلى لـ %1 عددًا صحيحًا.</translation>
    </message>
    <message>
        <source>The low limit of %1 must be above %2 and at most %3.</source>
        <translation>يجب أن يكون الحد الأدنى لـ %1 أكبر من %2 وألا يتجاوز %3.</translation>
    </message>
    <message>
        <source>The high limit of %1 must be above %2 and at most %3.</source>
        <translation>يجب أن يكون الحد الأعلى لـ %1 أكبر من %2 وألا يتجاوز %3.</translation>
    </message>
    <message>
        <source>The low limit of %1 must be between %2 and %3.</source>
        <translation>يجب أن يكون الحد الأدنى لـ %1 بين %2 و%3.</translation>
    </message>
    <message>
        <source>The high limit of %1 must be between %2 and %3.</source>
        <translation>يجب أن يكون الحد الأعلى لـ %1 بين %2 و%3.</translation>
    </message>
    <message>
        <source>Stored alert settings are malformed (%1).</source>
        <translation>إعدادات التنبيه المخزنة غير سليمة (%1).</translation>
    </message>
    <message>
        <source>The SpO2 scale must be scale 1 or scale 2.</source>
        <translation>يجب أن يكون مقياس SpO2 هو المقياس 1 أو المقياس 2.</translation>
    </message>
    <message>
        <source>Limits cannot be set for %1.</source>
        <translation>لا يمكن تعيين حدود لـ %1.</translation>
    </message>
    <message>
        <source>%1 has more than one set of limits.</source>
        <translation>لـ %1 أكثر من مجموعة حدود واحدة.</translation>
    </message>
    <message>
        <source>The priority of %1 must be high, medium or low.</source>
        <translation>يجب أن تكون أولوية %1 عالية أو متوسطة أو منخفضة.</translation>
    </message>
    <message>
        <source>Set a low limit, a high limit or both for %1.</source>
        <translation>حدد حدًا أدنى أو حدًا أعلى أو كليهما لـ %1.</translation>
    </message>
    <message>
        <source>The low limit of %1 must be below its high limit.</source>
        <translation>يجب أن يكون الحد الأدنى لـ %1 أقل من حده الأعلى.</translation>
    </message>
    <message>
        <source>Stored alert settings are larger than %1 bytes.</source>
        <translation>تتجاوز إعدادات التنبيه المخزنة %1 بايت.</translation>
    </message>
    <message>
        <source>Stored alert settings are not valid CBOR.</source>
        <translation>إعدادات التنبيه المخزنة ليست بصيغة CBOR صالحة.</translation>
    </message>
    <message>
        <source>Stored alert settings have an unsupported format version.</source>
        <translation>لإعدادات التنبيه المخزنة إصدار تنسيق غير مدعوم.</translation>
    </message>
    <message>
        <source>Stored alert settings are invalid: %1</source>
        <translation>إعدادات التنبيه المخزنة غير صالحة: %1</translation>
    </message>
    <message>
        <source>Stored alert settings are not in canonical form.</source>
        <translation>إعدادات التنبيه المخزنة ليست بالصيغة القانونية.</translation>
    </message>
    <message>
        <source>%1 (SpO2 scale 1)</source>
        <extracomment>A rule that applies on SpO2 scale 1 only (&quot;SpO2 ≤ 91 % (SpO2 scale 1)&quot;)</extracomment>
        <translation>%1 (مقياس SpO2 رقم 1)</translation>
    </message>
    <message>
        <source>%1 (SpO2 scale 2)</source>
        <translation>%1 (مقياس SpO2 رقم 2)</translation>
    </message>
    <message>
        <source>%1 (SpO2 scale 2, on oxygen)</source>
        <translation>%1 (مقياس SpO2 رقم 2، مع الأكسجين)</translation>
    </message>
    <message>
        <source>Low priority</source>
        <translation>أولوية منخفضة</translation>
    </message>
    <message>
        <source>Medium priority</source>
        <translation>أولوية متوسطة</translation>
    </message>
    <message>
        <source>High priority</source>
        <translation>أولوية عالية</translation>
    </message>
    <message>
        <source>NEWS2 (default)</source>
        <translation>NEWS2 (افتراضي)</translation>
    </message>
    <message>
        <source>EHRGuard paper rules</source>
        <translation>قواعد بحث EHRGuard</translation>
    </message>
    <message>
        <source>Typical monitor limits</source>
        <translation>حدود أجهزة المراقبة المعتادة</translation>
    </message>
    <message>
        <source>%1 not %2</source>
        <extracomment>Consciousness rule in a table: sign name, the ACVPU level Alert (&quot;Consciousness not Alert&quot;)</extracomment>
        <translation>%1 وليس %2</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <extracomment>Rule in a table: sign name, comparison symbol, limit with unit (&quot;SpO2 ≤ 91 %&quot;)</extracomment>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Consciousness flag: sign name, ACVPU level (&quot;Consciousness: Responds to voice&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4</source>
        <extracomment>Why a reading was flagged: sign, value with unit, comparison symbol, limit (&quot;SpO2 89 % ≤ 91 %&quot;)</extracomment>
        <translation>%1 %2 %3 %4</translation>
    </message>
    <message>
        <source>%1: implausible reading (%2)</source>
        <extracomment>Technical alarm: sign name, the value as received (&quot;SpO2: implausible reading (12 %)&quot;)</extracomment>
        <translation>%1: قراءة غير معقولة (%2)</translation>
    </message>
    <message>
        <source>NEWS2 %1 ≥ %2 (partial)</source>
        <extracomment>NEWS2 aggregate flag computed without every parameter: score, threshold</extracomment>
        <translation>درجة NEWS2 %1 ≥ %2 (جزئية)</translation>
    </message>
    <message>
        <source>NEWS2 %1 ≥ %2</source>
        <extracomment>NEWS2 aggregate flag: score, threshold</extracomment>
        <translation>درجة NEWS2 %1 ≥ %2</translation>
    </message>
    <message>
        <source>low risk</source>
        <translation>خطر منخفض</translation>
    </message>
    <message>
        <source>low-medium risk</source>
        <translation>خطر منخفض إلى متوسط</translation>
    </message>
    <message>
        <source>medium risk</source>
        <translation>خطر متوسط</translation>
    </message>
    <message>
        <source>high risk</source>
        <translation>خطر مرتفع</translation>
    </message>
    <message>
        <source>NEWS2 at least %1, partial (missing: %2)</source>
        <translation>درجة NEWS2 لا تقل عن %1، جزئية (ناقص: %2)</translation>
    </message>
    <message>
        <source>NEWS2 %1 (%2)</source>
        <translation>درجة NEWS2 %1 (%2)</translation>
    </message>
    <message>
        <source>%1; stale: %2</source>
        <translation>%1؛ قديم: %2</translation>
    </message>
</context>
<context>
    <name>AuditService</name>
    <message>
        <source>“%1” is not a valid record number.</source>
        <translation>«%1» ليس رقم ملف صالحًا.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written: %2</source>
        <translation>لا يمكن كتابة الملف %1: %2</translation>
    </message>
</context>
<context>
    <name>ChartService</name>
    <message>
        <source>This patient has no such record.</source>
        <translation>لا يوجد لهذا المريض سجل كهذا.</translation>
    </message>
    <message>
        <source>A new prescription starts as active.</source>
        <translation>تبدأ الوصفة الجديدة بحالة نشطة.</translation>
    </message>
    <message>
        <source>This prescription is %1 and can no longer be changed; write a new one instead.</source>
        <translation>هذه الوصفة في حالة «%1» ولم يعد من الممكن تغييرها؛ اكتب وصفة جديدة بدلًا منها.</translation>
    </message>
    <message>
        <source>A prescription can only be marked completed or stopped; amend it to change its terms.</source>
        <translation>لا يمكن إلا وضع علامة «مكتملة» أو «موقوفة» على الوصفة؛ عدّلها لتغيير شروطها.</translation>
    </message>
    <message>
        <source>Please give a reason for the change.</source>
        <translation>يرجى ذكر سبب التغيير.</translation>
    </message>
    <message>
        <source>The reason must be at most %1 characters long.</source>
        <translation>يجب ألا يتجاوز السبب %1 حرفًا.</translation>
    </message>
</context>
<context>
    <name>Clinical</name>
    <message>
        <source>Tablet</source>
        <translation>قرص</translation>
    </message>
    <message>
        <source>Capsule</source>
        <translation>كبسولة</translation>
    </message>
    <message>
        <source>Oral solution</source>
        <translation>محلول فموي</translation>
    </message>
    <message>
        <source>Oral suspension</source>
        <translation>معلق فموي</translation>
    </message>
    <message>
        <source>Injection</source>
        <translation>حقن</translation>
    </message>
    <message>
        <source>Inhaler</source>
        <translation>بخاخ استنشاق</translation>
    </message>
    <message>
        <source>Cream</source>
        <translation>كريم</translation>
    </message>
    <message>
        <source>Ointment</source>
        <translation>مرهم</translation>
    </message>
    <message>
        <source>Patch</source>
        <translation>لصقة</translation>
    </message>
    <message>
        <source>Drops</source>
        <translation>قطرات</translation>
    </message>
    <message>
        <source>Suppository</source>
        <translation>تحميلة</translation>
    </message>
    <message>
        <source>Spray</source>
        <translation>رذاذ</translation>
    </message>
    <message>
        <source>Oral</source>
        <translation>عن طريق الفم</translation>
    </message>
    <message>
        <source>Sublingual</source>
        <translation>تحت اللسان</translation>
    </message>
    <message>
        <source>Intravenous</source>
        <translation>وريدي</translation>
    </message>
    <message>
        <source>Intramuscular</source>
        <translation>عضلي</translation>
    </message>
    <message>
        <source>Subcutaneous</source>
        <translation>تحت الجلد</translation>
    </message>
    <message>
        <source>Topical</source>
        <translation>موضعي</translation>
    </message>
    <message>
        <source>Inhalation</source>
        <translation>استنشاق</translation>
    </message>
    <message>
        <source>Rectal</source>
        <translation>شرجي</translation>
    </message>
    <message>
        <source>Ophthalmic (eye)</source>
        <translation>عيني</translation>
    </message>
    <message>
        <source>Otic (ear)</source>
        <translation>أذني</translation>
    </message>
    <message>
        <source>Nasal</source>
        <translation>أنفي</translation>
    </message>
    <message>
        <source>Transdermal</source>
        <translation>عبر الجلد</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <extracomment>%1 is the label of a form field, e.g. &quot;Given name&quot;.</extracomment>
        <translation>الحقل «%1» مطلوب.</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters long.</source>
        <extracomment>%1 is the label of a form field, %2 a number of characters.</extracomment>
        <translation>يجب ألا يتجاوز الحقل «%1» %2 حرفًا.</translation>
    </message>
    <message>
        <source>%1 must not contain control characters other than line breaks and tabs.</source>
        <extracomment>%1 is the label of a form field.</extracomment>
        <translation>يجب ألا يحتوي الحقل «%1» على أحرف تحكم غير فواصل الأسطر وعلامات الجدولة.</translation>
    </message>
    <message>
        <source>%1 must be a single line without control characters.</source>
        <extracomment>%1 is the label of a form field.</extracomment>
        <translation>يجب أن يكون الحقل «%1» سطرًا واحدًا بدون أحرف تحكم.</translation>
    </message>
    <message>
        <source>%1 cannot be in the future.</source>
        <extracomment>%1 is the label of a date field, e.g. &quot;Date of birth&quot;.</extracomment>
        <translation>لا يمكن أن يكون الحقل «%1» في المستقبل.</translation>
    </message>
    <message>
        <source>%1 cannot be before %2.</source>
        <extracomment>%1 is the label of a date field, %2 the earliest date allowed (ISO 8601).</extracomment>
        <translation>لا يمكن أن يكون الحقل «%1» قبل %2.</translation>
    </message>
    <message>
        <source>%1 may contain only digits, spaces and the characters + - ( ) .</source>
        <extracomment>%1 is the label of a phone field.</extracomment>
        <translation>لا يمكن أن يحتوي الحقل «%1» إلا على الأرقام والمسافات والرموز + - ( ) والنقطة.</translation>
    </message>
    <message>
        <source>%1 must have between 6 and 20 digits.</source>
        <extracomment>%1 is the label of a phone field.</extracomment>
        <translation>يجب أن يحتوي الحقل «%1» على ما بين 6 و20 رقمًا.</translation>
    </message>
    <message>
        <source>Email must be an address such as name@example.org, without spaces.</source>
        <translation>يجب أن يكون البريد الإلكتروني عنوانًا مثل name@example.org بدون مسافات.</translation>
    </message>
    <message>
        <source>The stored record has %1 fields where %2 were expected.</source>
        <translation>يحتوي السجل المخزن على %1 حقول بدلًا من %2.</translation>
    </message>
    <message>
        <source>The stored record has an unknown field.</source>
        <translation>يحتوي السجل المخزن على حقل غير معروف.</translation>
    </message>
    <message>
        <source>The stored record lacks field %1.</source>
        <translation>ينقص السجل المخزن الحقل %1.</translation>
    </message>
    <message>
        <source>Field %1 of the stored record has the wrong type.</source>
        <translation>الحقل %1 في السجل المخزن من نوع خاطئ.</translation>
    </message>
    <message>
        <source>The stored record is not valid CBOR (%1).</source>
        <translation>السجل المخزن ليس بصيغة CBOR صالحة (%1).</translation>
    </message>
    <message>
        <source>The stored record has %1 trailing bytes.</source>
        <translation>يحتوي السجل المخزن على %1 بايت زائدة في نهايته.</translation>
    </message>
    <message>
        <source>The stored record is not a CBOR map.</source>
        <translation>السجل المخزن ليس خريطة CBOR.</translation>
    </message>
    <message>
        <source>The stored record has no format version.</source>
        <translation>لا يحتوي السجل المخزن على إصدار تنسيق.</translation>
    </message>
    <message>
        <source>The stored record has an unknown format version (%1).</source>
        <translation>للسجل المخزن إصدار تنسيق غير معروف (%1).</translation>
    </message>
    <message>
        <source>The stored record is not of the expected kind (%1).</source>
        <translation>السجل المخزن ليس من النوع المتوقع (%1).</translation>
    </message>
    <message>
        <source>The stored record is not in canonical form.</source>
        <translation>السجل المخزن ليس بالصيغة القانونية.</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>أنثى</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>ذكر</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>آخر</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>problem</comment>
        <extracomment>Status of a problem-list entry.</extracomment>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>محلولة</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>غير نشطة</translation>
    </message>
    <message>
        <source>Active</source>
        <comment>prescription</comment>
        <extracomment>Status of a prescription.</extracomment>
        <translation>نشطة</translation>
    </message>
    <message>
        <source>Amended</source>
        <translation>معدّلة</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>مكتملة</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>موقوفة</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>هاتف جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Sex must be female, male, other or unknown.</source>
        <translation>يجب أن يكون الجنس أنثى أو ذكرًا أو آخر أو غير معروف.</translation>
    </message>
    <message>
        <source>Emergency contact phone is required when an emergency contact is named.</source>
        <translation>هاتف جهة الاتصال في الطوارئ مطلوب عند ذكر جهة اتصال.</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة المرضية</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>نظام الترميز</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Code system is required when a code is given.</source>
        <translation>نظام الترميز مطلوب عند إدخال رمز.</translation>
    </message>
    <message>
        <source>Code is required when a code system is given.</source>
        <translation>الرمز مطلوب عند إدخال نظام ترميز.</translation>
    </message>
    <message>
        <source>Code system must be a URI such as http://hl7.org/fhir/sid/icd-10 or http://snomed.info/sct.</source>
        <translation>يجب أن يكون نظام الترميز معرّفًا مثل http://hl7.org/fhir/sid/icd-10 أو http://snomed.info/sct.</translation>
    </message>
    <message>
        <source>Onset date cannot be before the date of birth.</source>
        <translation>لا يمكن أن يكون تاريخ البدء قبل تاريخ الميلاد.</translation>
    </message>
    <message>
        <source>Status must be active, resolved or inactive.</source>
        <translation>يجب أن تكون الحالة نشطة أو محلولة أو غير نشطة.</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الشكل الصيدلاني</translation>
    </message>
    <message>
        <source>Dose must be greater than zero.</source>
        <translation>يجب أن تكون الجرعة أكبر من صفر.</translation>
    </message>
    <message>
        <source>Dose must be at most 10000.</source>
        <translation>يجب ألا تتجاوز الجرعة 10000.</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>وحدة الجرعة</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>طريقة الإعطاء</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Duration must be between 1 and 3650 days.</source>
        <translation>يجب أن تكون المدة بين 1 و3650 يومًا.</translation>
    </message>
    <message>
        <source>Quantity must be greater than zero.</source>
        <translation>يجب أن تكون الكمية أكبر من صفر.</translation>
    </message>
    <message>
        <source>Quantity must be at most 100000.</source>
        <translation>يجب ألا تتجاوز الكمية 100000.</translation>
    </message>
    <message>
        <source>Quantity unit</source>
        <translation>وحدة الكمية</translation>
    </message>
    <message>
        <source>Refills must be between 0 and 12.</source>
        <translation>يجب أن يكون عدد مرات إعادة الصرف بين 0 و12.</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Date prescribed</source>
        <translation>تاريخ الوصفة</translation>
    </message>
    <message>
        <source>Status must be active, amended, completed or stopped.</source>
        <translation>يجب أن تكون الحالة نشطة أو معدّلة أو مكتملة أو موقوفة.</translation>
    </message>
</context>
<context>
    <name>ConsentService</name>
    <message>
        <source>Clinic %1</source>
        <translation>العيادة %1</translation>
    </message>
    <message>
        <source>The end of the access must be in the future.</source>
        <translation>يجب أن تكون نهاية الوصول في المستقبل.</translation>
    </message>
    <message>
        <source>There is no staff member “%1”.</source>
        <translation>لا يوجد موظف باسم «%1».</translation>
    </message>
    <message>
        <source>Only doctors and nurses read clinical records; grant access to one of them.</source>
        <translation>لا يقرأ الملفات السريرية إلا الأطباء والممرضون؛ امنح الوصول لأحدهم.</translation>
    </message>
    <message>
        <source>The account “%1” is disabled.</source>
        <translation>الحساب «%1» معطّل.</translation>
    </message>
    <message>
        <source>%1 already has access to this patient.</source>
        <translation>لدى %1 وصول إلى هذا المريض بالفعل.</translation>
    </message>
    <message>
        <source>Please choose a clinic.</source>
        <translation>يرجى اختيار عيادة.</translation>
    </message>
    <message>
        <source>This clinic already has access to this patient.</source>
        <translation>لدى هذه العيادة وصول إلى هذا المريض بالفعل.</translation>
    </message>
    <message>
        <source>This patient has no such access grant.</source>
        <translation>لا يوجد لهذا المريض إذن الوصول هذا.</translation>
    </message>
    <message>
        <source>This access grant is already revoked.</source>
        <translation>تم سحب إذن الوصول هذا بالفعل.</translation>
    </message>
    <message>
        <source>This access grant is damaged.</source>
        <translation>إذن الوصول هذا تالف.</translation>
    </message>
    <message>
        <source>Please explain the emergency (at least %1 characters).</source>
        <translation>يرجى شرح الحالة الطارئة (%1 أحرف على الأقل).</translation>
    </message>
    <message>
        <source>This clinic</source>
        <translation>هذه العيادة</translation>
    </message>
    <message>
        <source>This clinic is not a member of the consortium.</source>
        <translation>هذه العيادة ليست عضوًا في الاتحاد.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>المريض</translation>
    </message>
</context>
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
    <message>
        <source>The demo gateway&apos;s key file cannot be written: %1</source>
        <translation>لا يمكن كتابة ملف مفاتيح البوابة التجريبية: %1</translation>
    </message>
</context>
<context>
    <name>Gateway</name>
    <message>
        <source>Duplicate message, already processed.</source>
        <translation>رسالة مكررة، تمت معالجتها من قبل.</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>معدل نبض القلب</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>تشبع الأكسجين SpO2</translation>
    </message>
    <message>
        <source>body temperature</source>
        <translation>درجة حرارة الجسم</translation>
    </message>
    <message>
        <source>respiration rate</source>
        <translation>معدل التنفس</translation>
    </message>
    <message>
        <source>systolic blood pressure</source>
        <translation>ضغط الدم الانقباضي</translation>
    </message>
    <message>
        <source>diastolic blood pressure</source>
        <translation>ضغط الدم الانبساطي</translation>
    </message>
    <message>
        <source>glucose</source>
        <translation>سكر الدم</translation>
    </message>
    <message>
        <source>EMG</source>
        <translation>تخطيط العضلات EMG</translation>
    </message>
    <message>
        <source>on oxygen</source>
        <translation>مع الأكسجين</translation>
    </message>
    <message>
        <source>Unrecognised bytes</source>
        <translation>بايتات غير معروفة</translation>
    </message>
    <message>
        <source>Frame too long</source>
        <translation>إطار طويل جدًا</translation>
    </message>
    <message>
        <source>Incomplete frame</source>
        <translation>إطار غير مكتمل</translation>
    </message>
    <message>
        <source>Malformed frame</source>
        <translation>إطار غير سليم</translation>
    </message>
    <message>
        <source>Unknown parameter</source>
        <translation>معامل غير معروف</translation>
    </message>
    <message>
        <source>Duplicate parameter</source>
        <translation>معامل مكرر</translation>
    </message>
    <message>
        <source>Missing unit</source>
        <translation>الوحدة مفقودة</translation>
    </message>
    <message>
        <source>Wrong unit</source>
        <translation>وحدة خاطئة</translation>
    </message>
    <message>
        <source>Value is not a number</source>
        <translation>القيمة ليست رقمًا</translation>
    </message>
    <message>
        <source>Unsupported message</source>
        <translation>رسالة غير مدعومة</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>جهاز غير معروف</translation>
    </message>
    <message>
        <source>Device not paired</source>
        <translation>جهاز غير مقترن</translation>
    </message>
    <message>
        <source>Unauthenticated message for an authenticated device</source>
        <translation>رسالة غير موثقة لجهاز موثق</translation>
    </message>
    <message>
        <source>Authentication failed</source>
        <translation>فشل التوثيق</translation>
    </message>
    <message>
        <source>Replayed frame</source>
        <translation>إطار معاد إرساله</translation>
    </message>
    <message>
        <source>Frame out of order</source>
        <translation>إطار خارج الترتيب</translation>
    </message>
    <message>
        <source>Timestamp too old</source>
        <translation>الطابع الزمني قديم جدًا</translation>
    </message>
    <message>
        <source>Timestamp in the future</source>
        <translation>الطابع الزمني في المستقبل</translation>
    </message>
    <message>
        <source>Implausible value</source>
        <translation>قيمة غير معقولة</translation>
    </message>
    <message>
        <source>%1 %2 %3 is outside %4–%5, which no patient or working sensor produces.</source>
        <translation>%1 %2 %3 خارج النطاق %4–%5 الذي لا ينتجه أي مريض أو مستشعر سليم.</translation>
    </message>
    <message>
        <source>Diastolic pressure %1 mm[Hg] is above systolic pressure %2 mm[Hg].</source>
        <translation>الضغط الانبساطي %1 mm[Hg] أعلى من الضغط الانقباضي %2 mm[Hg].</translation>
    </message>
    <message>
        <source>Device %1 already sent sequence %2.</source>
        <translation>أرسل الجهاز %1 التسلسل %2 من قبل.</translation>
    </message>
    <message>
        <source>Device %1 sent sequence %2 after %3.</source>
        <translation>أرسل الجهاز %1 التسلسل %2 بعد %3.</translation>
    </message>
    <message>
        <source>Measured %1 s before the workstation&apos;s clock; the limit is %2 s.</source>
        <translation>قيس قبل ساعة محطة العمل بـ %1 ث؛ الحد هو %2 ث.</translation>
    </message>
    <message>
        <source>Measured %1 s after the workstation&apos;s clock; the limit is %2 s.</source>
        <translation>قيس بعد ساعة محطة العمل بـ %1 ث؛ الحد هو %2 ث.</translation>
    </message>
    <message>
        <source>Device %1 is not registered.</source>
        <translation>الجهاز %1 غير مسجل.</translation>
    </message>
    <message>
        <source>Device %1 is not paired with a patient.</source>
        <translation>الجهاز %1 غير مقترن بأي مريض.</translation>
    </message>
    <message>
        <source>Device %1 is registered as an HL7 monitor and has no key.</source>
        <translation>الجهاز %1 مسجل كجهاز مراقبة HL7 وليس له مفتاح.</translation>
    </message>
    <message>
        <source>The MAC of device %1 does not match its key.</source>
        <translation>رمز MAC للجهاز %1 لا يطابق مفتاحه.</translation>
    </message>
    <message>
        <source>Device %1 signs its frames; an unsigned HL7 message in its name is refused.</source>
        <translation>يوقّع الجهاز %1 إطاراته؛ تُرفض رسالة HL7 غير موقعة باسمه.</translation>
    </message>
    <message>
        <source>Message %1 from device %2 was already received.</source>
        <translation>تم استلام الرسالة %1 من الجهاز %2 من قبل.</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>السطر %1</translation>
    </message>
    <message>
        <source>%1: expected “&lt;device-id&gt; &lt;key&gt;” or “&lt;EUI-64&gt; hl7”.</source>
        <translation>%1: المتوقع «&lt;معرّف-الجهاز&gt; &lt;المفتاح&gt;» أو «&lt;EUI-64&gt; hl7».</translation>
    </message>
    <message>
        <source>%1: the device id is 1 to 64 characters of A-Z a-z 0-9 - _ . :</source>
        <translation>%1: معرّف الجهاز من 1 إلى 64 حرفًا من A-Z a-z 0-9 - _ . :</translation>
    </message>
    <message>
        <source>%1: an HL7 monitor is named by its EUI-64 (16 hex digits).</source>
        <translation>%1: يُسمّى جهاز مراقبة HL7 بمعرّف EUI-64 الخاص به (16 رقمًا سداسيًا عشريًا).</translation>
    </message>
    <message>
        <source>%1: the key must be 64 hexadecimal digits (256 bits).</source>
        <translation>%1: يجب أن يتكون المفتاح من 64 رقمًا سداسيًا عشريًا (256 بت).</translation>
    </message>
    <message>
        <source>%1: device %2 is listed twice; the first entry is used.</source>
        <translation>%1: الجهاز %2 مذكور مرتين؛ تُستخدم الإدخالة الأولى.</translation>
    </message>
    <message>
        <source>%1 takes no unit, got “%2”.</source>
        <translation>لا يأخذ %1 وحدة، لكن وردت «%2».</translation>
    </message>
    <message>
        <source>%1 must be 0 or 1, got “%2”.</source>
        <translation>يجب أن تكون قيمة %1 هي 0 أو 1، لكن وردت «%2».</translation>
    </message>
    <message>
        <source>The value of %1 has more than %2 characters.</source>
        <translation>قيمة %1 أطول من %2 حرفًا.</translation>
    </message>
    <message>
        <source>The value of %1 (“%2”) is not a decimal number.</source>
        <translation>قيمة %1 («%2») ليست رقمًا عشريًا.</translation>
    </message>
    <message>
        <source>%1 has no unit; expected %2.</source>
        <translation>لا توجد وحدة لـ %1؛ المتوقع %2.</translation>
    </message>
    <message>
        <source>%1 is in “%2”; expected %3.</source>
        <translation>%1 بوحدة «%2»؛ المتوقع %3.</translation>
    </message>
    <message>
        <source>The frame has %1 bytes; the limit is %2.</source>
        <translation>حجم الإطار %1 بايت؛ الحد هو %2.</translation>
    </message>
    <message>
        <source>Byte 0x%1 at column %2 is not printable ASCII.</source>
        <translation>البايت 0x%1 في العمود %2 ليس حرف ASCII قابلًا للطباعة.</translation>
    </message>
    <message>
        <source>Unsupported protocol version “%1”.</source>
        <translation>إصدار بروتوكول غير مدعوم «%1».</translation>
    </message>
    <message>
        <source>The line does not start with CLV1.</source>
        <translation>لا يبدأ السطر بـ CLV1.</translation>
    </message>
    <message>
        <source>The frame has no MAC.</source>
        <translation>لا يحتوي الإطار على رمز MAC.</translation>
    </message>
    <message>
        <source>The MAC has %1 characters; expected %2 hex digits.</source>
        <translation>يتكون رمز MAC من %1 حرفًا؛ المتوقع %2 رقمًا سداسيًا عشريًا.</translation>
    </message>
    <message>
        <source>The MAC is not lower-case hexadecimal.</source>
        <translation>رمز MAC ليس بأحرف سداسية عشرية صغيرة.</translation>
    </message>
    <message>
        <source>Empty field at column %1 (two spaces in a row or a trailing space).</source>
        <translation>حقل فارغ في العمود %1 (مسافتان متتاليتان أو مسافة في النهاية).</translation>
    </message>
    <message>
        <source>More than %1 values in one frame.</source>
        <translation>أكثر من %1 قيم في إطار واحد.</translation>
    </message>
    <message>
        <source>The frame needs a device id, a sequence, a timestamp and at least one value.</source>
        <translation>يحتاج الإطار إلى معرّف جهاز وتسلسل وطابع زمني وقيمة واحدة على الأقل.</translation>
    </message>
    <message>
        <source>The device id is longer than %1 characters.</source>
        <translation>معرّف الجهاز أطول من %1 حرفًا.</translation>
    </message>
    <message>
        <source>The device id “%1” contains a character outside A-Z a-z 0-9 - _ . :</source>
        <translation>يحتوي معرّف الجهاز «%1» على حرف خارج A-Z a-z 0-9 - _ . :</translation>
    </message>
    <message>
        <source>The sequence “%1” is not a decimal number between 0 and 2^63-1.</source>
        <translation>التسلسل «%1» ليس رقمًا عشريًا بين 0 و2^63-1.</translation>
    </message>
    <message>
        <source>The timestamp “%1” is not milliseconds since 1970 before the year 10000.</source>
        <translation>الطابع الزمني «%1» ليس عدد ميلي ثوانٍ منذ 1970 قبل السنة 10000.</translation>
    </message>
    <message>
        <source>“%1” is not KEY=value.</source>
        <translation>«%1» ليس بصيغة مفتاح=قيمة.</translation>
    </message>
    <message>
        <source>Unknown parameter “%1”.</source>
        <translation>معامل غير معروف «%1».</translation>
    </message>
    <message>
        <source>%1 appears twice.</source>
        <translation>يظهر %1 مرتين.</translation>
    </message>
    <message>
        <source>line 1: not the EHRGuard table 4 header.</source>
        <translation>السطر 1: ليس سطر عناوين الجدول 4 من EHRGuard.</translation>
    </message>
    <message>
        <source>%1: fewer than six columns.</source>
        <translation>%1: أقل من ستة أعمدة.</translation>
    </message>
    <message>
        <source>%1: a vital sign is not a number.</source>
        <translation>%1: إحدى العلامات الحيوية ليست رقمًا.</translation>
    </message>
    <message>
        <source>An HL7 end block without a start block.</source>
        <translation>كتلة نهاية HL7 بدون كتلة بداية.</translation>
    </message>
    <message>
        <source>Bytes outside any frame, starting with 0x%1.</source>
        <translation>بايتات خارج أي إطار، تبدأ بـ 0x%1.</translation>
    </message>
    <message>
        <source>A line that is not a CLV1 frame.</source>
        <translation>سطر ليس إطار CLV1.</translation>
    </message>
    <message>
        <source>A line longer than %1 bytes.</source>
        <translation>سطر أطول من %1 بايت.</translation>
    </message>
    <message>
        <source>A CLV1 frame cut off by the start of an HL7 message.</source>
        <translation>إطار CLV1 قطعته بداية رسالة HL7.</translation>
    </message>
    <message>
        <source>A start block (0x0B) not followed by MSH.</source>
        <translation>كتلة بداية (0x0B) لا يليها MSH.</translation>
    </message>
    <message>
        <source>An HL7 message longer than %1 bytes.</source>
        <translation>رسالة HL7 أطول من %1 بايت.</translation>
    </message>
    <message>
        <source>An HL7 message without its end block.</source>
        <translation>رسالة HL7 بدون كتلة النهاية.</translation>
    </message>
    <message>
        <source>The connection ended inside a frame.</source>
        <translation>انتهى الاتصال في منتصف إطار.</translation>
    </message>
    <message>
        <source>The HL7 message has %1 bytes; the limit is %2.</source>
        <translation>حجم رسالة HL7 هو %1 بايت؛ الحد هو %2.</translation>
    </message>
    <message>
        <source>The HL7 message does not start with an MSH segment.</source>
        <translation>لا تبدأ رسالة HL7 بمقطع MSH.</translation>
    </message>
    <message>
        <source>MSH-2 must declare four encoding characters, got “%1”.</source>
        <translation>يجب أن يعلن MSH-2 عن أربعة أحرف ترميز، لكن ورد «%1».</translation>
    </message>
    <message>
        <source>MSH declares a letter, digit, space or control character as a separator.</source>
        <translation>يعلن MSH حرفًا أو رقمًا أو مسافة أو حرف تحكم كفاصل.</translation>
    </message>
    <message>
        <source>MSH declares the same character for two separators.</source>
        <translation>يعلن MSH الحرف نفسه لفاصلين.</translation>
    </message>
    <message>
        <source>MSH-10 (message control id) is empty.</source>
        <translation>الحقل MSH-10 (معرّف التحكم في الرسالة) فارغ.</translation>
    </message>
    <message>
        <source>MSH-10 is longer than %1 characters.</source>
        <translation>الحقل MSH-10 أطول من %1 حرفًا.</translation>
    </message>
    <message>
        <source>Message type “%1” is not ORU^R01.</source>
        <translation>نوع الرسالة «%1» ليس ORU^R01.</translation>
    </message>
    <message>
        <source>The HL7 message has more than %1 segments.</source>
        <translation>تحتوي رسالة HL7 على أكثر من %1 مقطعًا.</translation>
    </message>
    <message>
        <source>Segment %1 does not start with a segment name.</source>
        <translation>لا يبدأ المقطع %1 باسم مقطع.</translation>
    </message>
    <message>
        <source>A second MSH segment at segment %1.</source>
        <translation>مقطع MSH ثانٍ عند المقطع %1.</translation>
    </message>
    <message>
        <source>MSH-7 “%1” is not a valid HL7 time.</source>
        <translation>الحقل MSH-7 «%1» ليس وقت HL7 صالحًا.</translation>
    </message>
    <message>
        <source>OBR-7 “%1” is not a valid HL7 time.</source>
        <translation>الحقل OBR-7 «%1» ليس وقت HL7 صالحًا.</translation>
    </message>
    <message>
        <source>OBX %1: from device %2, not %3; one message is read for one device.</source>
        <translation>OBX %1: من الجهاز %2 وليس %3؛ تُقرأ الرسالة لجهاز واحد.</translation>
    </message>
    <message>
        <source>OBX %1: %2 is not a parameter CareLedger records.</source>
        <translation>OBX %1: %2 ليس معاملًا يسجله CareLedger.</translation>
    </message>
    <message>
        <source>OBX %1: %2 has value type “%3”, not NM.</source>
        <translation>OBX %1: نوع قيمة %2 هو «%3» وليس NM.</translation>
    </message>
    <message>
        <source>OBX %1: a second %2 value; the first one is used.</source>
        <translation>OBX %1: قيمة %2 ثانية؛ تُستخدم الأولى.</translation>
    </message>
    <message>
        <source>OBX %1: the %2 value “%3” is not a number.</source>
        <translation>OBX %1: قيمة %2 «%3» ليست رقمًا.</translation>
    </message>
    <message>
        <source>OBX %1: the %2 value has no unit.</source>
        <translation>OBX %1: قيمة %2 بلا وحدة.</translation>
    </message>
    <message>
        <source>OBX %1: unit “%2” does not fit %3.</source>
        <translation>OBX %1: الوحدة «%2» لا تناسب %3.</translation>
    </message>
    <message>
        <source>The message carries no observation CareLedger records.</source>
        <translation>لا تحمل الرسالة أي ملاحظة يسجلها CareLedger.</translation>
    </message>
    <message>
        <source>The message names no device (EUI-64 in OBX-18 or MSH-3).</source>
        <translation>لا تذكر الرسالة أي جهاز (EUI-64 في OBX-18 أو MSH-3).</translation>
    </message>
    <message>
        <source>The message has no observation time (OBR-7 or MSH-7).</source>
        <translation>لا تحتوي الرسالة على وقت الملاحظة (OBR-7 أو MSH-7).</translation>
    </message>
    <message numerus="yes">
        <source>%n observation(s) not used.</source>
        <comment>HL7 acknowledgement text</comment>
        <translation>
            <numerusform>لم تُستخدم أي ملاحظة (%n).</numerusform>
            <numerusform>لم تُستخدم ملاحظة واحدة (%n).</numerusform>
            <numerusform>لم تُستخدم ملاحظتان (%n).</numerusform>
            <numerusform>لم تُستخدم %n ملاحظات.</numerusform>
            <numerusform>لم تُستخدم %n ملاحظة.</numerusform>
            <numerusform>لم تُستخدم %n ملاحظة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>line %1: a quote appears inside an unquoted field</source>
        <translation>السطر %1: علامة اقتباس داخل حقل غير مقتبس</translation>
    </message>
    <message>
        <source>line %1: a quoted field is not closed</source>
        <translation>السطر %1: حقل مقتبس غير مغلق</translation>
    </message>
    <message>
        <source>line %1: unexpected text after a closing quote</source>
        <translation>السطر %1: نص غير متوقع بعد علامة الاقتباس الختامية</translation>
    </message>
    <message>
        <source>line %1: %2 “%3” is not an identifier such as P001</source>
        <extracomment>%1 line number, %2 column name, %3 the value found.</extracomment>
        <translation>السطر %1: %2 «%3» ليس معرّفًا مثل P001</translation>
    </message>
    <message>
        <source>line %1: %2 “%3” is not a whole number</source>
        <extracomment>%1 line number, %2 the measurement (e.g. &quot;heart rate&quot;), %3 the value found.</extracomment>
        <translation>السطر %1: %2 «%3» ليس عددًا صحيحًا</translation>
    </message>
    <message>
        <source>line %1: %2 %3 %4 is outside %5 to %6</source>
        <extracomment>%1 line number, %2 the measurement, %3 the value, %4 its unit, %5 and %6 the limits.</extracomment>
        <translation>السطر %1: %2 %3 %4 خارج النطاق من %5 إلى %6</translation>
    </message>
    <message>
        <source>line %1: %2 is empty</source>
        <extracomment>%1 line number, %2 the column (e.g. &quot;diagnosis&quot;).</extracomment>
        <translation>السطر %1: %2 فارغ</translation>
    </message>
    <message>
        <source>line %1: %2 is longer than %3 characters</source>
        <translation>السطر %1: %2 أطول من %3 حرفًا</translation>
    </message>
    <message>
        <source>line %1: %2 contains control characters</source>
        <translation>السطر %1: %2 يحتوي على أحرف تحكم</translation>
    </message>
    <message>
        <source>line %1: timestamp “%2” is not a date and time such as 2025-02-25 08:00</source>
        <translation>السطر %1: الطابع الزمني «%2» ليس تاريخًا ووقتًا مثل 2025-02-25 08:00</translation>
    </message>
    <message>
        <source>line %1: blood pressure “%2” is not systolic/diastolic</source>
        <extracomment>%1 line number, %2 the value found.</extracomment>
        <translation>السطر %1: ضغط الدم «%2» ليس بصيغة انقباضي/انبساطي</translation>
    </message>
    <message>
        <source>systolic pressure</source>
        <translation>الضغط الانقباضي</translation>
    </message>
    <message>
        <source>diastolic pressure</source>
        <translation>الضغط الانبساطي</translation>
    </message>
    <message>
        <source>line %1: blood pressure “%2”: the systolic value must be above the diastolic</source>
        <translation>السطر %1: ضغط الدم «%2»: يجب أن تكون القيمة الانقباضية أعلى من الانبساطية</translation>
    </message>
    <message>
        <source>line %1: %2 columns where %3 were expected</source>
        <extracomment>%1 line number, %2 number of columns found, %3 number expected.</extracomment>
        <translation>السطر %1: %2 أعمدة بدلًا من %3</translation>
    </message>
    <message>
        <source>heart rate</source>
        <translation>معدل نبض القلب</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>تشبع الأكسجين SpO2</translation>
    </message>
    <message>
        <source>glucose</source>
        <translation>سكر الدم</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>التشخيص</translation>
    </message>
    <message>
        <source>prescription</source>
        <translation>الوصفة</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text.</source>
        <translation>الملف ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty; a header line was expected.</source>
        <translation>الملف فارغ؛ كان من المتوقع وجود سطر عناوين.</translation>
    </message>
    <message>
        <source>The header ends after column %1; column “%2” was expected next.</source>
        <extracomment>%1 column number, %2 the column name expected there.</extracomment>
        <translation>ينتهي سطر العناوين بعد العمود %1؛ كان من المتوقع أن يليه العمود «%2».</translation>
    </message>
    <message>
        <source>The header has an unexpected column %1 “%2”.</source>
        <translation>يحتوي سطر العناوين على عمود غير متوقع %1 «%2».</translation>
    </message>
    <message>
        <source>Column %1 of the header is “%2” where “%3” was expected.</source>
        <translation>العمود %1 في سطر العناوين هو «%2» بدلًا من «%3».</translation>
    </message>
</context>
<context>
    <name>InteropService</name>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation>لا يمكن قراءة الملف %1: %2</translation>
    </message>
    <message>
        <source>line %1: patient %2 has no identity in the bundled identities file, so it is not imported</source>
        <translation>السطر %1: لا توجد للمريض %2 هوية في ملف الهويات المرفق، لذا لم يُستورد</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>السطر %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>The vital signs of %n row(s) (heart rate, blood pressure, SpO2, glucose) were not imported: this workstation records vital signs from bedside devices only.</source>
        <translation>
            <numerusform>لم تُستورد العلامات الحيوية (معدل النبض، ضغط الدم، SpO2، سكر الدم) في أي صف (%n): لا تسجل محطة العمل هذه العلامات الحيوية إلا من أجهزة السرير.</numerusform>
            <numerusform>لم تُستورد العلامات الحيوية (معدل النبض، ضغط الدم، SpO2، سكر الدم) في صف واحد (%n): لا تسجل محطة العمل هذه العلامات الحيوية إلا من أجهزة السرير.</numerusform>
            <numerusform>لم تُستورد العلامات الحيوية (معدل النبض، ضغط الدم، SpO2، سكر الدم) في صفين (%n): لا تسجل محطة العمل هذه العلامات الحيوية إلا من أجهزة السرير.</numerusform>
            <numerusform>لم تُستورد العلامات الحيوية (معدل النبض، ضغط الدم، SpO2، سكر الدم) في %n صفوف: لا تسجل محطة العمل هذه العلامات الحيوية إلا من أجهزة السرير.</numerusform>
            <numerusform>لم تُستورد العلامات الحيوية (معدل النبض، ضغط الدم، SpO2، سكر الدم) في %n صفًا: لا تسجل محطة العمل هذه العلامات الحيوية إلا من أجهزة السرير.</numerusform>
            <numerusform>لم تُستورد العلامات الحيوية (معدل النبض، ضغط الدم، SpO2، سكر الدم) في %n صف: لا تسجل محطة العمل هذه العلامات الحيوية إلا من أجهزة السرير.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KioskService</name>
    <message>
        <source>The record number or the PIN is not correct.</source>
        <translation>رقم الملف أو رمز PIN غير صحيح.</translation>
    </message>
    <message>
        <source>Patients sign in only on a workstation in kiosk mode.</source>
        <translation>لا يسجّل المرضى الدخول إلا على محطة عمل في وضع الكشك.</translation>
    </message>
    <message>
        <source>Please sign in with your record number and PIN.</source>
        <translation>يرجى تسجيل الدخول برقم ملفك ورمز PIN.</translation>
    </message>
    <message>
        <source>Please type the verification code printed on the prescription.</source>
        <translation>يرجى كتابة رمز التحقق المطبوع على الوصفة.</translation>
    </message>
    <message>
        <source>A verification code has only the letters and digits printed on the prescription; “%1” is not one of them.</source>
        <translation>لا يحتوي رمز التحقق إلا على الحروف والأرقام المطبوعة على الوصفة؛ و«%1» ليس منها.</translation>
    </message>
    <message>
        <source>A verification code has %1 letters and digits (eight groups of four); this one has %2.</source>
        <translation>يتكون رمز التحقق من %1 حرفًا ورقمًا (ثماني مجموعات من أربعة)؛ وهذا الرمز يتكون من %2.</translation>
    </message>
    <message>
        <source>This is not a verification code CareLedger printed.</source>
        <translation>هذا ليس رمز تحقق طبعه CareLedger.</translation>
    </message>
    <message>
        <source>This workstation is not in kiosk mode.</source>
        <translation>محطة العمل هذه ليست في وضع الكشك.</translation>
    </message>
    <message>
        <source>This is not a record number. It has nine digits, like 1234-5678-9, as on your card.</source>
        <translation>هذا ليس رقم ملف. يتكون رقم الملف من تسعة أرقام، مثل 1234-5678-9، كما هو على بطاقتك.</translation>
    </message>
    <message>
        <source>A PIN has 6 to 8 digits.</source>
        <translation>يتكون رمز PIN من 6 إلى 8 أرقام.</translation>
    </message>
    <message>
        <source>A PIN may not be one digit repeated.</source>
        <translation>لا يجوز أن يكون رمز PIN رقمًا واحدًا مكررًا.</translation>
    </message>
    <message>
        <source>A PIN may not be a run of digits like 123456 or 654321.</source>
        <translation>لا يجوز أن يكون رمز PIN سلسلة أرقام متتالية مثل 123456 أو 654321.</translation>
    </message>
    <message>
        <source>You have no PIN yet; ask at the desk.</source>
        <translation>ليس لديك رمز PIN بعد؛ اطلبه من مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>The current PIN is not correct.</source>
        <translation>رمز PIN الحالي غير صحيح.</translation>
    </message>
    <message>
        <source>The new PIN must be different from the current one.</source>
        <translation>يجب أن يختلف رمز PIN الجديد عن الحالي.</translation>
    </message>
    <message>
        <source>You have no such prescription.</source>
        <translation>ليست لديك وصفة كهذه.</translation>
    </message>
    <message>
        <source>This prescription cannot be printed: it has no record on the chain.</source>
        <translation>لا يمكن طباعة هذه الوصفة: ليس لها أي أثر على السلسلة.</translation>
    </message>
    <message>
        <source>No prescription on this workstation&apos;s chain matches this code. It may be mistyped, forged, from another clinic or not yet sealed.</source>
        <translation>لا توجد وصفة على سلسلة محطة العمل هذه تطابق هذا الرمز. ربما كُتب خطأً، أو زُوِّر، أو صدر عن عيادة أخرى، أو لم يُختم بعد.</translation>
    </message>
    <message>
        <source>This code names a record that is not a prescription.</source>
        <translation>يشير هذا الرمز إلى سجل ليس وصفة.</translation>
    </message>
    <message>
        <source>This prescription was on the chain but the patient&apos;s record has been erased.</source>
        <translation>كانت هذه الوصفة على السلسلة، لكن ملف المريض مُحي.</translation>
    </message>
    <message>
        <source>The code matches the chain, but the stored prescription does not: the store is damaged or was altered. Do not rely on it and tell an administrator.</source>
        <translation>الرمز يطابق السلسلة، لكن الوصفة المخزنة لا تطابقها: المخزن تالف أو تم التلاعب به. لا تعتمد عليها وأبلغ المسؤول.</translation>
    </message>
    <message>
        <source>Genuine, but no longer current: version %1 was printed, the prescription is now at version %2.</source>
        <translation>أصلية، لكنها لم تعد سارية: طُبع الإصدار %1، والوصفة الآن في الإصدار %2.</translation>
    </message>
    <message>
        <source>Genuine and current: this is the latest version (%1) of the prescription.</source>
        <translation>أصلية وسارية: هذا هو أحدث إصدار (%1) من الوصفة.</translation>
    </message>
    <message>
        <source>This workstation is in kiosk mode; an administrator must leave it first.</source>
        <translation>محطة العمل هذه في وضع الكشك؛ يجب أن يخرج منه المسؤول أولًا.</translation>
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
    <name>PatientService</name>
    <message>
        <source>This patient is not registered on this workstation.</source>
        <translation>هذا المريض غير مسجل على محطة العمل هذه.</translation>
    </message>
    <message>
        <source>“%1” is not a valid record number: check the digits (for example 1234-5678-9).</source>
        <translation>«%1» ليس رقم ملف صالحًا: تحقق من الأرقام (مثلًا 1234-5678-9).</translation>
    </message>
    <message>
        <source>You may not do this for this patient.</source>
        <translation>لا يمكنك القيام بهذا لهذا المريض.</translation>
    </message>
    <message>
        <source>No free record number was found; please try again.</source>
        <translation>لم يُعثر على رقم ملف متاح؛ يرجى المحاولة مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>PrescriptionPdf</name>
    <message>
        <source>Staff can check this code in CareLedger: Patients &gt; Verify prescription code</source>
        <translation>يمكن للموظفين التحقق من هذا الرمز في CareLedger: المرضى &gt; التحقق من رمز الوصفة</translation>
    </message>
    <message>
        <source>This clinic</source>
        <translation>هذه العيادة</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>وصفة طبية</translation>
    </message>
    <message>
        <source>Record number (MRN): %1</source>
        <translation>رقم الملف (MRN): %1</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>تاريخ الميلاد %1</translation>
    </message>
    <message>
        <source>changed %1 by %2</source>
        <translation>عُدّلت في %1 بواسطة %2</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>طريقة الإعطاء</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>عدد المرات</translation>
    </message>
    <message>
        <source>For</source>
        <translation>المدة</translation>
    </message>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln يوم</numerusform>
            <numerusform>يوم واحد</numerusform>
            <numerusform>يومان</numerusform>
            <numerusform>%Ln أيام</numerusform>
            <numerusform>%Ln يومًا</numerusform>
            <numerusform>%Ln يوم</numerusform>
        </translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Refills</source>
        <translation>مرات إعادة الصرف</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>الواصف</translation>
    </message>
    <message>
        <source>Prescribed on</source>
        <translation>تاريخ الوصف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <source>Printed at the patient kiosk on %1. Version %2 of this prescription.</source>
        <translation>طُبعت في كشك المرضى في %1. الإصدار %2 من هذه الوصفة.</translation>
    </message>
    <message>
        <source>The page could not be started.</source>
        <translation>تعذّر بدء الصفحة.</translation>
    </message>
    <message>
        <source>The page could not be finished.</source>
        <translation>تعذّر إكمال الصفحة.</translation>
    </message>
    <message>
        <source>Prescription %1</source>
        <translation>الوصفة %1</translation>
    </message>
    <message>
        <source>The file %1 could not be written.</source>
        <translation>تعذّرت كتابة الملف %1.</translation>
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
    <message>
        <source>Please sign in first.</source>
        <translation>يرجى تسجيل الدخول أولًا.</translation>
    </message>
    <message>
        <source>The clinic secret could not be stored.</source>
        <translation>تعذر تخزين السر الخاص بالعيادة.</translation>
    </message>
    <message>
        <source>The clinic secret cannot be opened: the store is damaged.</source>
        <translation>لا يمكن فتح السر الخاص بالعيادة: المخزن تالف.</translation>
    </message>
    <message>
        <source>The patient&apos;s data key is not stored on this workstation.</source>
        <translation>مفتاح بيانات المريض غير مخزن على محطة العمل هذه.</translation>
    </message>
    <message>
        <source>The patient&apos;s data key cannot be opened: the store is damaged.</source>
        <translation>لا يمكن فتح مفتاح بيانات المريض: المخزن تالف.</translation>
    </message>
    <message>
        <source>A stored record cannot be decrypted: it was altered or its key is missing.</source>
        <translation>لا يمكن فك تشفير سجل مخزن: تم تعديله أو مفتاحه مفقود.</translation>
    </message>
    <message>
        <source>A stored record cannot be read: %1</source>
        <translation>لا يمكن قراءة سجل مخزن: %1</translation>
    </message>
</context>
<context>
    <name>RecordsUi</name>
    <message>
        <source>No access</source>
        <translation>لا وصول</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>family name, given name</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>View demographics</source>
        <translation>عرض البيانات الشخصية</translation>
    </message>
    <message>
        <source>Edit demographics</source>
        <translation>تعديل البيانات الشخصية</translation>
    </message>
    <message>
        <source>View history</source>
        <translation>عرض السوابق المرضية</translation>
    </message>
    <message>
        <source>Write history</source>
        <translation>تسجيل السوابق المرضية</translation>
    </message>
    <message>
        <source>View prescriptions</source>
        <translation>عرض الوصفات</translation>
    </message>
    <message>
        <source>Write prescription</source>
        <translation>كتابة وصفة</translation>
    </message>
    <message>
        <source>View access</source>
        <translation>عرض الوصول</translation>
    </message>
    <message>
        <source>Manage access</source>
        <translation>إدارة الوصول</translation>
    </message>
    <message>
        <source>View audit trail</source>
        <translation>عرض سجل التدقيق</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>محو</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>وصول طارئ</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>Duplicate check</source>
        <translation>التحقق من التكرار</translation>
    </message>
    <message>
        <source>View chart</source>
        <translation>عرض الملف</translation>
    </message>
    <message>
        <source>View versions</source>
        <translation>عرض الإصدارات</translation>
    </message>
    <message>
        <source>View emergency accesses</source>
        <translation>عرض حالات الوصول الطارئ</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>منح الوصول</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>سحب الوصول</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>استيراد</translation>
    </message>
    <message>
        <source>tablet</source>
        <translation>قرص</translation>
    </message>
    <message>
        <source>capsule</source>
        <translation>كبسولة</translation>
    </message>
    <message>
        <source>mg</source>
        <translation>ملغ</translation>
    </message>
    <message>
        <source>g</source>
        <translation>غ</translation>
    </message>
    <message>
        <source>mcg</source>
        <translation>مكغ</translation>
    </message>
    <message>
        <source>mL</source>
        <translation>مل</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>وحدة</translation>
    </message>
    <message>
        <source>puff</source>
        <translation>بخة</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>قطرة</translation>
    </message>
    <message>
        <source>sachet</source>
        <translation>كيس</translation>
    </message>
    <message>
        <source>patch</source>
        <translation>لصقة</translation>
    </message>
    <message>
        <source>once daily</source>
        <translation>مرة يوميًا</translation>
    </message>
    <message>
        <source>twice daily</source>
        <translation>مرتين يوميًا</translation>
    </message>
    <message>
        <source>three times daily</source>
        <translation>ثلاث مرات يوميًا</translation>
    </message>
    <message>
        <source>four times daily</source>
        <translation>أربع مرات يوميًا</translation>
    </message>
    <message>
        <source>every 8 hours</source>
        <translation>كل 8 ساعات</translation>
    </message>
    <message>
        <source>every 12 hours</source>
        <translation>كل 12 ساعة</translation>
    </message>
    <message>
        <source>at bedtime</source>
        <translation>عند النوم</translation>
    </message>
    <message>
        <source>once weekly</source>
        <translation>مرة أسبوعيًا</translation>
    </message>
    <message>
        <source>as needed</source>
        <translation>عند الحاجة</translation>
    </message>
    <message>
        <source>as directed</source>
        <translation>حسب الإرشادات</translation>
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
    <message>
        <source>the imported patients cannot be found: %1</source>
        <translation>تعذر العثور على المرضى المستوردين: %1</translation>
    </message>
    <message>
        <source>the doctor cannot find the featured patient: %1</source>
        <translation>لا يجد الطبيب المريض المعروض: %1</translation>
    </message>
    <message>
        <source>a chart without access was opened</source>
        <translation>تم فتح ملف دون وصول</translation>
    </message>
    <message>
        <source>there is no Patients page</source>
        <translation>لا توجد صفحة المرضى</translation>
    </message>
    <message>
        <source>the patient list did not load</source>
        <translation>لم يتم تحميل قائمة المرضى</translation>
    </message>
    <message>
        <source>the patient search did not finish</source>
        <translation>لم يكتمل البحث عن المرضى</translation>
    </message>
    <message>
        <source>the search “%1” does not find the patient</source>
        <translation>البحث «%1» لا يجد المريض</translation>
    </message>
    <message>
        <source>the chart did not open</source>
        <translation>لم يُفتح الملف</translation>
    </message>
    <message>
        <source>no amended prescription to show</source>
        <translation>لا توجد وصفة معدّلة لعرضها</translation>
    </message>
    <message>
        <source>the prescription dialog did not open</source>
        <translation>لم تُفتح نافذة الوصفة</translation>
    </message>
    <message>
        <source>the version history did not open</source>
        <translation>لم يُفتح سجل الإصدارات</translation>
    </message>
    <message>
        <source>the record number search did not find the patient</source>
        <translation>لم يعثر البحث برقم الملف على المريض</translation>
    </message>
    <message>
        <source>the emergency access dialog did not open</source>
        <translation>لم تُفتح نافذة الوصول الطارئ</translation>
    </message>
    <message>
        <source>emergency access did not open the chart</source>
        <translation>لم يفتح الوصول الطارئ الملف</translation>
    </message>
    <message>
        <source>the registration dialog did not open</source>
        <translation>لم تُفتح نافذة التسجيل</translation>
    </message>
    <message>
        <source>the access grants did not load</source>
        <translation>لم يتم تحميل أذونات الوصول</translation>
    </message>
    <message>
        <source>the audit log did not load</source>
        <translation>لم يتم تحميل سجل التدقيق</translation>
    </message>
    <message>
        <source>the audit log did not filter</source>
        <translation>لم تتم تصفية سجل التدقيق</translation>
    </message>
    <message>
        <source>the administrator cannot sign in again</source>
        <translation>لا يستطيع المسؤول تسجيل الدخول مرة أخرى</translation>
    </message>
    <message>
        <source>too few patients to pair monitors with</source>
        <translation>عدد المرضى أقل من أن تُربط بهم أجهزة المراقبة</translation>
    </message>
    <message>
        <source>the ward did not load</source>
        <translation>لم يُحمَّل القسم</translation>
    </message>
    <message>
        <source>the alerts did not load</source>
        <translation>لم تُحمَّل التنبيهات</translation>
    </message>
    <message>
        <source>the administrator cannot sign in for the kiosk</source>
        <translation>لا يستطيع المسؤول تسجيل الدخول لفتح الكشك</translation>
    </message>
    <message>
        <source>the kiosk patient cannot be found: %1</source>
        <translation>تعذر العثور على مريض الكشك: %1</translation>
    </message>
    <message>
        <source>the PIN dialog did not load</source>
        <translation>لم تُحمَّل نافذة رمز PIN</translation>
    </message>
    <message>
        <source>the patient cannot sign in at the kiosk</source>
        <translation>لا يستطيع المريض تسجيل الدخول في الكشك</translation>
    </message>
    <message>
        <source>the prescription page did not load</source>
        <translation>لم تُحمَّل صفحة الوصفة</translation>
    </message>
    <message>
        <source>the kiosk vitals did not load</source>
        <translation>لم تُحمَّل العلامات الحيوية في الكشك</translation>
    </message>
    <message>
        <source>the kiosk access list did not load</source>
        <translation>لم تُحمَّل قائمة الوصول في الكشك</translation>
    </message>
    <message>
        <source>the idle countdown did not show</source>
        <translation>لم يظهر العد التنازلي لعدم النشاط</translation>
    </message>
    <message>
        <source>a kiosk sign-in took too long</source>
        <translation>استغرق تسجيل دخول في الكشك وقتًا طويلًا</translation>
    </message>
    <message>
        <source>the doctor cannot sign in to check a code</source>
        <translation>لا يستطيع الطبيب تسجيل الدخول للتحقق من رمز</translation>
    </message>
    <message>
        <source>the code check did not finish</source>
        <translation>لم ينتهِ التحقق من الرمز</translation>
    </message>
    <message>
        <source>the nurse&apos;s ward did not load</source>
        <translation>لم يُحمَّل قسم الممرض</translation>
    </message>
    <message>
        <source>the Devices page did not load</source>
        <translation>لم تُحمَّل صفحة الأجهزة</translation>
    </message>
    <message>
        <source>the device registration dialog did not open</source>
        <translation>لم تُفتح نافذة تسجيل الجهاز</translation>
    </message>
    <message>
        <source>the device key was not shown</source>
        <translation>لم يُعرض مفتاح الجهاز</translation>
    </message>
    <message>
        <source>the new device is not listed</source>
        <translation>الجهاز الجديد غير مدرج في القائمة</translation>
    </message>
    <message>
        <source>the pairing dialog did not open</source>
        <translation>لم تُفتح نافذة الربط</translation>
    </message>
    <message>
        <source>the pairing dialog did not find the patient</source>
        <translation>لم تعثر نافذة الربط على المريض</translation>
    </message>
    <message>
        <source>the device was not paired</source>
        <translation>لم يُربط الجهاز</translation>
    </message>
    <message>
        <source>the device list did not refresh</source>
        <translation>لم تُحدَّث قائمة الأجهزة</translation>
    </message>
    <message>
        <source>the doctor has no Vitals tab</source>
        <translation>لا يوجد لدى الطبيب تبويب العلامات الحيوية</translation>
    </message>
    <message>
        <source>the vital-sign trends did not load</source>
        <translation>لم تُحمَّل اتجاهات العلامات الحيوية</translation>
    </message>
    <message>
        <source>the vital-sign charts were not drawn</source>
        <translation>لم تُرسم مخططات العلامات الحيوية</translation>
    </message>
    <message>
        <source>the alert settings did not load</source>
        <translation>لم تُحمَّل إعدادات التنبيه</translation>
    </message>
    <message>
        <source>the alert limits dialog did not open</source>
        <translation>لم تُفتح نافذة حدود التنبيه</translation>
    </message>
    <message>
        <source>Resting heart rate of 100-105 /min is usual for this patient</source>
        <translation>معدل نبض القلب أثناء الراحة 100-105 /min معتاد لدى هذا المريض</translation>
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
    <name>Vitals</name>
    <message>
        <source>Alert</source>
        <translation>متيقظ</translation>
    </message>
    <message>
        <source>New confusion</source>
        <translation>تشوش ذهني جديد</translation>
    </message>
    <message>
        <source>Responds to voice</source>
        <translation>يستجيب للصوت</translation>
    </message>
    <message>
        <source>Responds to pain</source>
        <translation>يستجيب للألم</translation>
    </message>
    <message>
        <source>Unresponsive</source>
        <translation>لا يستجيب</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>معدل نبض القلب</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>تشبع الأكسجين SpO2</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Respiration rate</source>
        <translation>معدل التنفس</translation>
    </message>
    <message>
        <source>Systolic BP</source>
        <translation>الضغط الانقباضي</translation>
    </message>
    <message>
        <source>Diastolic BP</source>
        <translation>الضغط الانبساطي</translation>
    </message>
    <message>
        <source>Glucose</source>
        <translation>سكر الدم</translation>
    </message>
    <message>
        <source>EMG</source>
        <translation>تخطيط العضلات EMG</translation>
    </message>
    <message>
        <source>Air or oxygen</source>
        <translation>هواء أو أكسجين</translation>
    </message>
    <message>
        <source>Consciousness</source>
        <translation>مستوى الوعي</translation>
    </message>
    <message>
        <source>oxygen</source>
        <translation>أكسجين</translation>
    </message>
    <message>
        <source>air</source>
        <translation>هواء</translation>
    </message>
    <message>
        <source>vitals of patient %1, window %2: its anchor is neither on the chain nor waiting</source>
        <translation>العلامات الحيوية للمريض %1، النافذة %2: تثبيتها ليس على السلسلة ولا قيد الانتظار</translation>
    </message>
    <message>
        <source>vitals of patient %1, window %2: the readings are missing</source>
        <translation>العلامات الحيوية للمريض %1، النافذة %2: القراءات مفقودة</translation>
    </message>
    <message>
        <source>vitals of patient %1, window %2: does not match its anchor (altered)</source>
        <translation>العلامات الحيوية للمريض %1، النافذة %2: لا تطابق تثبيتها (تم التلاعب بها)</translation>
    </message>
    <message>
        <source>vitals of patient %1, window %2: a stored batch cannot be opened (altered)</source>
        <translation>العلامات الحيوية للمريض %1، النافذة %2: تعذر فتح دفعة مخزنة (تم التلاعب بها)</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>تم الإقرار</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>منتهٍ</translation>
    </message>
</context>
<context>
    <name>VitalsUi</name>
    <message>
        <source>High</source>
        <translation>عالية</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>متوسطة</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>منخفضة</translation>
    </message>
    <message>
        <source>Receiving</source>
        <translation>يستقبل</translation>
    </message>
    <message>
        <source>Silent</source>
        <translation>صامت</translation>
    </message>
    <message>
        <source>No device</source>
        <translation>بلا جهاز</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>في ارتفاع</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>في انخفاض</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>مستقر</translation>
    </message>
    <message>
        <source>%1 s ago</source>
        <translation>منذ %1 ث</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>منذ %1 دقيقة</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>منذ %1 ساعة</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>منذ %1 يوم</translation>
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
    <name>careledger::services::DeviceService</name>
    <message>
        <source>Cannot create the provisioning file: %1</source>
        <translation>تعذر إنشاء ملف التهيئة: %1</translation>
    </message>
    <message>
        <source>Cannot write the provisioning file: %1</source>
        <translation>تعذرت الكتابة في ملف التهيئة: %1</translation>
    </message>
    <message>
        <source>Device type, model and serial number must each be 1 to 200 characters.</source>
        <translation>يجب أن يتكون كل من نوع الجهاز وطرازه ورقمه التسلسلي من 1 إلى 200 حرف.</translation>
    </message>
    <message>
        <source>No such device.</source>
        <translation>لا يوجد جهاز بهذا المعرّف.</translation>
    </message>
    <message>
        <source>A pairing cannot start before the device&apos;s previous pairing ends.</source>
        <translation>لا يمكن أن يبدأ الربط قبل انتهاء الربط السابق للجهاز.</translation>
    </message>
    <message>
        <source>The device is not paired.</source>
        <translation>الجهاز غير مربوط بأي مريض.</translation>
    </message>
    <message>
        <source>A pairing cannot end before it starts.</source>
        <translation>لا يمكن أن ينتهي الربط قبل أن يبدأ.</translation>
    </message>
    <message>
        <source>An HL7 monitor&apos;s EUI-64 has 16 hexadecimal digits, as on its label (e.g. 00:09:5C:FF:FE:12:34:56).</source>
        <translation>يتكون معرّف EUI-64 لجهاز مراقبة HL7 من 16 رقمًا سداسيًا عشريًا، كما على ملصقه (مثلًا 00:09:5C:FF:FE:12:34:56).</translation>
    </message>
    <message>
        <source>This device is already registered.</source>
        <translation>هذا الجهاز مسجل بالفعل.</translation>
    </message>
</context>
<context>
    <name>careledger::services::VitalsService</name>
    <message>
        <source>The gateway port or its speed is not valid.</source>
        <translation>منفذ البوابة أو سرعته غير صالح.</translation>
    </message>
    <message>
        <source>%1: sensor off</source>
        <translation>%1: المستشعر مفصول</translation>
    </message>
    <message>
        <source>No readings from device %1 for 30 seconds</source>
        <translation>لا قراءات من الجهاز %1 منذ 30 ثانية</translation>
    </message>
    <message>
        <source>The time range is not valid.</source>
        <translation>النطاق الزمني غير صالح.</translation>
    </message>
    <message>
        <source>There is no such alert.</source>
        <translation>لا يوجد تنبيه كهذا.</translation>
    </message>
    <message>
        <source>This alert has already been acknowledged.</source>
        <translation>تم الإقرار بهذا التنبيه بالفعل.</translation>
    </message>
    <message>
        <source>This alert has already ended.</source>
        <translation>انتهى هذا التنبيه بالفعل.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AlertLimitsDialog</name>
    <message>
        <source>Alert limits</source>
        <translation>حدود التنبيه</translation>
    </message>
    <message>
        <source>Limits set here replace the profile&apos;s limits for this patient only. A sign left unchecked keeps the profile&apos;s limits.</source>
        <translation>تحل الحدود المحددة هنا محل حدود مجموعة القواعد لهذا المريض فقط. تحتفظ العلامة غير المحددة بحدود مجموعة القواعد.</translation>
    </message>
    <message>
        <source>&amp;Save limits</source>
        <translation>حفظ الحدود (&amp;S)</translation>
    </message>
    <message>
        <source>Scale &amp;1</source>
        <translation>المقياس 1 (&amp;1)</translation>
    </message>
    <message>
        <source>SpO2 scale 1</source>
        <translation>مقياس SpO2 رقم 1</translation>
    </message>
    <message>
        <source>Scale &amp;2</source>
        <translation>المقياس 2 (&amp;2)</translation>
    </message>
    <message>
        <source>SpO2 scale 2</source>
        <translation>مقياس SpO2 رقم 2</translation>
    </message>
    <message>
        <source>Scale 2 only for confirmed hypercapnic respiratory failure (target SpO2 88–92 %).</source>
        <translation>لا يُستخدم المقياس 2 إلا في القصور التنفسي المؤكد المصحوب بفرط ثاني أكسيد الكربون في الدم (SpO2 المستهدف 88–92 %).</translation>
    </message>
    <message>
        <source>SpO2 scale:</source>
        <translation>مقياس SpO2:</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <source>Own limits</source>
        <translation>حدود خاصة</translation>
    </message>
    <message>
        <source>Alarm below</source>
        <translation>إنذار دون</translation>
    </message>
    <message>
        <source>Alarm above</source>
        <translation>إنذار فوق</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Own limits for %1</source>
        <extracomment>Accessible name of a checkbox; %1 is a vital sign</extracomment>
        <translation>حدود خاصة لـ %1</translation>
    </message>
    <message>
        <source>%1: alarm below</source>
        <extracomment>%1 is a vital sign</extracomment>
        <translation>%1: إنذار دون</translation>
    </message>
    <message>
        <source>%1: alarm above</source>
        <extracomment>%1 is a vital sign</extracomment>
        <translation>%1: إنذار فوق</translation>
    </message>
    <message>
        <source>%1: alarm priority</source>
        <extracomment>%1 is a vital sign</extracomment>
        <translation>%1: أولوية الإنذار</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>سبب التغيير</translation>
    </message>
    <message>
        <source>Required: why these limits suit this patient</source>
        <translation>مطلوب: لماذا تناسب هذه الحدود هذا المريض</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب: (&amp;R)</translation>
    </message>
    <message>
        <source>Enter the reason for the change.</source>
        <translation>أدخل سبب التغيير.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AlertNotifier</name>
    <message>
        <source>Escalated alert, %1 priority</source>
        <translation>تنبيه مُصعَّد، أولوية %1</translation>
    </message>
    <message>
        <source>Alert, %1 priority</source>
        <translation>تنبيه، أولوية %1</translation>
    </message>
    <message>
        <source>%1 (technical)</source>
        <translation>%1 (فني)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, MRN %2: %3</source>
        <translation>%1، رقم الملف %2: %3</translation>
    </message>
    <message>
        <source>CareLedger</source>
        <translation>CareLedger</translation>
    </message>
    <message>
        <source>CareLedger alert</source>
        <translation>تنبيه CareLedger</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AlertTableModel</name>
    <message>
        <source>Resolved at %1</source>
        <translation>انتهى في %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>A problem with the equipment, not the patient&apos;s condition: check the device and sensor.</source>
        <translation>مشكلة في المعدات وليست في حالة المريض: افحص الجهاز والمستشعر.</translation>
    </message>
    <message>
        <source>Technical</source>
        <translation>فني</translation>
    </message>
    <message>
        <source>Clinical</source>
        <translation>سريري</translation>
    </message>
    <message>
        <source>%1, escalated</source>
        <translation>%1، مُصعَّد</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>الأولوية</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>حالة الإنذار</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>وقت الإطلاق</translation>
    </message>
    <message>
        <source>State</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation>أقرّ به</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AlertsPage</name>
    <message>
        <source>stopped</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>receiving</source>
        <translation>تستقبل</translation>
    </message>
    <message>
        <source>port unavailable, retrying</source>
        <translation>المنفذ غير متاح، جارٍ إعادة المحاولة</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>التنبيهات</translation>
    </message>
    <message>
        <source>Gateway status</source>
        <translation>حالة البوابة</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>إقرار (&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>عرض: (&amp;S)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>عرض</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>النشطة</translation>
    </message>
    <message>
        <source>All of the last 24 hours</source>
        <translation>كل تنبيهات آخر 24 ساعة</translation>
    </message>
    <message>
        <source>Number of alerts shown</source>
        <translation>عدد التنبيهات المعروضة</translation>
    </message>
    <message>
        <source>The alerts cannot be shown: %1</source>
        <translation>لا يمكن عرض التنبيهات: %1</translation>
    </message>
    <message>
        <source>Gateway: none configured on this workstation (an administrator sets its port).</source>
        <translation>البوابة: لا توجد بوابة مهيأة على محطة العمل هذه (يحدد المسؤول منفذها).</translation>
    </message>
    <message>
        <source>Gateway %1: %2 · %3 readings accepted, %4 rejected, %5 from unpaired devices</source>
        <translation>البوابة %1: %2 · قراءات مقبولة: %3، مرفوضة: %4، من أجهزة غير مربوطة: %5</translation>
    </message>
    <message>
        <source>(last error: %1)</source>
        <translation>(آخر خطأ: %1)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>No active alerts.</source>
        <translation>لا توجد تنبيهات نشطة.</translation>
    </message>
    <message>
        <source>No alerts in the last 24 hours.</source>
        <translation>لا توجد تنبيهات خلال آخر 24 ساعة.</translation>
    </message>
    <message>
        <source>Alerts shown: %1; waiting for acknowledgement: %2</source>
        <translation>التنبيهات المعروضة: %1؛ بانتظار الإقرار: %2</translation>
    </message>
    <message>
        <source>The alert was not acknowledged: %1</source>
        <translation>لم يتم الإقرار بالتنبيه: %1</translation>
    </message>
    <message>
        <source>Acknowledged: %1 (MRN %2).</source>
        <translation>تم الإقرار: %1 (رقم الملف %2).</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AuditLogPage</name>
    <message>
        <source>Audit log</source>
        <translation>سجل التدقيق</translation>
    </message>
    <message>
        <source>Every read and change of patient data at this workstation, newest first. Entries are hash-chained and the chain&apos;s head is anchored on the ledger, so a removed or altered entry is detected.</source>
        <translation>كل قراءة وتغيير لبيانات المرضى على محطة العمل هذه، الأحدث أولًا. الإدخالات مرتبطة بسلسلة تجزئة، ورأس السلسلة مثبت في السجل الموزع، لذا يُكتشف أي إدخال محذوف أو معدّل.</translation>
    </message>
    <message>
        <source>Audit chain status</source>
        <translation>حالة سلسلة التدقيق</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث (&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>تصدير CSV… (&amp;X)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>مسح عوامل التصفية (&amp;L)</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>إدخالات التدقيق</translation>
    </message>
    <message>
        <source>Number of entries shown</source>
        <translation>عدد الإدخالات المعروضة</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>اسم المستخدم</translation>
    </message>
    <message>
        <source>anyone</source>
        <translation>أي شخص</translation>
    </message>
    <message>
        <source>Patient MRN</source>
        <translation>رقم ملف المريض</translation>
    </message>
    <message>
        <source>any patient</source>
        <translation>أي مريض</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>أي إجراء</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>تاريخ البداية</translation>
    </message>
    <message>
        <source>Any date</source>
        <translation>أي تاريخ</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>تاريخ النهاية</translation>
    </message>
    <message>
        <source>Emergency access &amp;only</source>
        <translation>الوصول الطارئ فقط (&amp;O)</translation>
    </message>
    <message>
        <source>Emergency access only</source>
        <translation>الوصول الطارئ فقط</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>المستخدم: (&amp;U)</translation>
    </message>
    <message>
        <source>Patient &amp;MRN:</source>
        <translation>رقم الملف: (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>الإجراء: (&amp;A)</translation>
    </message>
    <message>
        <source>F&amp;rom:</source>
        <translation>من: (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>إلى: (&amp;T)</translation>
    </message>
    <message>
        <source>The audit log cannot be shown: %1</source>
        <translation>لا يمكن عرض سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>Audit chain: %1 entries; anchored on the ledger up to entry %2.</source>
        <translation>سلسلة التدقيق: %1 إدخالًا؛ مثبتة في السجل الموزع حتى الإدخال %2.</translation>
    </message>
    <message>
        <source>Last anchor: %1.</source>
        <translation>آخر تثبيت: %1.</translation>
    </message>
    <message>
        <source>The state of the audit chain is not available: %1</source>
        <translation>حالة سلسلة التدقيق غير متاحة: %1</translation>
    </message>
    <message>
        <source>No entries match these filters.</source>
        <translation>لا توجد إدخالات تطابق عوامل التصفية هذه.</translation>
    </message>
    <message>
        <source>Entries shown: %1</source>
        <translation>الإدخالات المعروضة: %1</translation>
    </message>
    <message>
        <source>Export audit log</source>
        <translation>تصدير سجل التدقيق</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
    <message>
        <source>The audit log was not exported: %1</source>
        <translation>لم يتم تصدير سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>Entries exported: %1, to %2.</source>
        <translation>الإدخالات المصدّرة: %1، إلى %2.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::AuditTableModel</name>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Done through emergency access</source>
        <translation>تم عبر الوصول الطارئ</translation>
    </message>
    <message>
        <source>(patient)</source>
        <translation>(المريض)</translation>
    </message>
    <message>
        <source>erased</source>
        <translation>ممحو</translation>
    </message>
    <message>
        <source>Yes</source>
        <comment>emergency access</comment>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>مرفوض</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>المستخدم</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>الإجراء</translation>
    </message>
    <message>
        <source>Patient MRN</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>محطة العمل</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>طارئ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>التفاصيل</translation>
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
    <name>careledger::ui::DeviceKeyDialog</name>
    <message>
        <source>Device registered</source>
        <translation>تم تسجيل الجهاز</translation>
    </message>
    <message>
        <source>This key is shown only now. Enter it in the device or save a provisioning file before closing: it cannot be shown again, and a lost key means registering the device again. Anyone who has the key can send readings in this device&apos;s name.</source>
        <translation>لا يُعرض هذا المفتاح إلا الآن. أدخله في الجهاز أو احفظ ملف تهيئة قبل الإغلاق: لا يمكن عرضه مرة أخرى، وفقدان المفتاح يعني تسجيل الجهاز من جديد. يمكن لأي شخص يملك المفتاح إرسال قراءات باسم هذا الجهاز.</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>معرّف الجهاز</translation>
    </message>
    <message>
        <source>Device key</source>
        <translation>مفتاح الجهاز</translation>
    </message>
    <message>
        <source>Device id:</source>
        <translation>معرّف الجهاز:</translation>
    </message>
    <message>
        <source>Key:</source>
        <translation>المفتاح:</translation>
    </message>
    <message>
        <source>&amp;Save provisioning file…</source>
        <translation>حفظ ملف التهيئة… (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Copy key</source>
        <translation>نسخ المفتاح (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>تم (&amp;D)</translation>
    </message>
    <message>
        <source>The key is on the clipboard. Paste it into the device&apos;s settings, then copy something else so it does not stay there.</source>
        <translation>المفتاح في الحافظة. الصقه في إعدادات الجهاز، ثم انسخ شيئًا آخر حتى لا يبقى فيها.</translation>
    </message>
    <message>
        <source>Save provisioning file</source>
        <translation>حفظ ملف التهيئة</translation>
    </message>
    <message>
        <source>Saved to %1, readable by your account only. Move it to the gateway and delete this copy.</source>
        <translation>حُفظ في %1، ولا يقرؤه إلا حسابك. انقله إلى البوابة واحذف هذه النسخة.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::DeviceTableModel</name>
    <message>
        <source>Not paired</source>
        <translation>غير مربوط</translation>
    </message>
    <message>
        <source>Unknown patient</source>
        <translation>مريض غير معروف</translation>
    </message>
    <message>
        <source>Device id</source>
        <translation>معرّف الجهاز</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Patient (MRN)</source>
        <translation>المريض (رقم الملف)</translation>
    </message>
    <message>
        <source>Paired since</source>
        <translation>مربوط منذ</translation>
    </message>
</context>
<context>
    <name>careledger::ui::DevicesPage</name>
    <message>
        <source>Stopped</source>
        <translation>متوقفة</translation>
    </message>
    <message>
        <source>Port open, receiving</source>
        <translation>المنفذ مفتوح، جارٍ الاستقبال</translation>
    </message>
    <message>
        <source>Port unavailable, retrying</source>
        <translation>المنفذ غير متاح، جارٍ إعادة المحاولة</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>الأجهزة</translation>
    </message>
    <message>
        <source>Bedside devices that may send readings, and the patient each one is paired with. A reading belongs to the patient the device was paired with when it was measured.</source>
        <translation>أجهزة السرير المسموح لها بإرسال القراءات، والمريض المربوط به كل منها. تعود القراءة إلى المريض الذي كان الجهاز مربوطًا به وقت قياسها.</translation>
    </message>
    <message>
        <source>Bedside devices and the patient each one is paired with. Administrators register and pair devices.</source>
        <translation>أجهزة السرير والمريض المربوط به كل منها. يتولى المسؤولون تسجيل الأجهزة وربطها.</translation>
    </message>
    <message>
        <source>&amp;Register device…</source>
        <translation>تسجيل جهاز… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Pair with patient…</source>
        <translation>ربط بمريض… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Unpair…</source>
        <translation>إلغاء الربط… (&amp;U)</translation>
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
        <source>Filter by id, type, model, serial number or MRN</source>
        <translation>التصفية حسب المعرّف أو النوع أو الطراز أو الرقم التسلسلي أو رقم الملف</translation>
    </message>
    <message>
        <source>Filter devices</source>
        <translation>تصفية الأجهزة</translation>
    </message>
    <message>
        <source>Devices table</source>
        <translation>جدول الأجهزة</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>البوابة</translation>
    </message>
    <message>
        <source>Serial port</source>
        <translation>المنفذ التسلسلي</translation>
    </message>
    <message>
        <source>None: no gateway here</source>
        <translation>لا شيء: لا بوابة هنا</translation>
    </message>
    <message>
        <source>Baud rate</source>
        <translation>معدل الباود</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>تطبيق (&amp;A)</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>المنفذ: (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Baud rate:</source>
        <translation>معدل الباود: (&amp;B)</translation>
    </message>
    <message>
        <source>Gateway state</source>
        <translation>حالة البوابة</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>آخر خطأ</translation>
    </message>
    <message>
        <source>Readings accepted</source>
        <translation>القراءات المقبولة</translation>
    </message>
    <message>
        <source>Readings without a pairing</source>
        <translation>قراءات بلا ربط</translation>
    </message>
    <message>
        <source>Rejected input</source>
        <translation>المدخلات المرفوضة</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>الحالة:</translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation>آخر خطأ:</translation>
    </message>
    <message>
        <source>Readings accepted:</source>
        <translation>القراءات المقبولة:</translation>
    </message>
    <message>
        <source>Unpaired readings:</source>
        <translation>قراءات غير مربوطة:</translation>
    </message>
    <message>
        <source>Rejected:</source>
        <translation>المرفوضة:</translation>
    </message>
    <message>
        <source>The gateway settings cannot be read: %1</source>
        <translation>لا يمكن قراءة إعدادات البوابة: %1</translation>
    </message>
    <message>
        <source>The devices cannot be shown: %1</source>
        <translation>لا يمكن عرض الأجهزة: %1</translation>
    </message>
    <message>
        <source>%1 registered as %2. Pair it with a patient to receive its readings.</source>
        <translation>سُجّل %1 باسم %2. اربطه بمريض لتلقي قراءاته.</translation>
    </message>
    <message>
        <source>%1 is paired with the patient with MRN %2.</source>
        <translation>الجهاز %1 مربوط بالمريض صاحب رقم الملف %2.</translation>
    </message>
    <message>
        <source>Unpair device</source>
        <translation>إلغاء ربط الجهاز</translation>
    </message>
    <message>
        <source>Unpair %1 from the patient with MRN %2?</source>
        <translation>إلغاء ربط %1 بالمريض صاحب رقم الملف %2؟</translation>
    </message>
    <message>
        <source>Readings the device measures from now on are refused until it is paired again. Readings already stored stay with the patient.</source>
        <translation>تُرفض القراءات التي يقيسها الجهاز من الآن فصاعدًا إلى أن يُربط من جديد. تبقى القراءات المخزنة مع المريض.</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>إلغاء الربط (&amp;U)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>The device cannot be unpaired: %1</source>
        <translation>لا يمكن إلغاء ربط الجهاز: %1</translation>
    </message>
    <message>
        <source>%1 is no longer paired.</source>
        <translation>لم يعد %1 مربوطًا.</translation>
    </message>
    <message>
        <source>Enter a baud rate, e.g. 115200.</source>
        <translation>أدخل معدل الباود، مثلًا 115200.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>جارٍ التطبيق…</translation>
    </message>
    <message>
        <source>The gateway settings were not changed: %1</source>
        <translation>لم تتغير إعدادات البوابة: %1</translation>
    </message>
    <message>
        <source>The gateway is off on this workstation.</source>
        <translation>البوابة متوقفة على محطة العمل هذه.</translation>
    </message>
    <message>
        <source>The gateway listens on %1 at %2 baud.</source>
        <translation>تستمع البوابة على %1 بسرعة %2 باود.</translation>
    </message>
    <message>
        <source>No port set</source>
        <translation>لم يُحدد منفذ</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>Gateway rejection counter: reason, count (&quot;Bad MAC: 3&quot;)</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
</context>
<context>
    <name>careledger::ui::EmergencyAccessDialog</name>
    <message>
        <source>Emergency access</source>
        <translation>الوصول الطارئ</translation>
    </message>
    <message>
        <source>Patient %1 has not given you access to this record. In an emergency you may open it for a limited time. Your name, the time and your reason are logged, every action you take is logged as emergency access, and the clinic reviews each use.</source>
        <translation>لم يمنحك المريض %1 حق الوصول إلى هذا الملف. في حالة الطوارئ يمكنك فتحه لفترة محدودة. يُسجَّل اسمك والوقت وسببك، ويُسجَّل كل إجراء تقوم به كوصول طارئ، وتراجع العيادة كل استخدام.</translation>
    </message>
    <message>
        <source>&amp;Start emergency access</source>
        <translation>بدء الوصول الطارئ (&amp;S)</translation>
    </message>
    <message>
        <source>Reason for emergency access</source>
        <translation>سبب الوصول الطارئ</translation>
    </message>
    <message>
        <source>For example: unconscious patient admitted to the emergency department</source>
        <translation>مثال: مريض فاقد للوعي أُدخل قسم الطوارئ</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب: (&amp;R)</translation>
    </message>
    <message>
        <source>At least %1 characters.</source>
        <translation>%1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Give the reason in at least %1 characters.</source>
        <translation>اذكر السبب في %1 أحرف على الأقل.</translation>
    </message>
    <message>
        <source>Starting emergency access…</source>
        <translation>جارٍ بدء الوصول الطارئ…</translation>
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
    <name>careledger::ui::GrantAccessDialog</name>
    <message>
        <source>Grant access to a staff member</source>
        <translation>منح الوصول لأحد الموظفين</translation>
    </message>
    <message>
        <source>The staff member may read the record of %1 (a doctor may also write to it) until the grant expires or is revoked.</source>
        <translation>يمكن للموظف قراءة ملف %1 (ويمكن للطبيب الكتابة فيه أيضًا) حتى انتهاء صلاحية الإذن أو سحبه.</translation>
    </message>
    <message>
        <source>Grant access to a clinic</source>
        <translation>منح الوصول لعيادة</translation>
    </message>
    <message>
        <source>The doctors and nurses of the clinic may read the record of %1 (doctors may also write to it) until the grant expires or is revoked.</source>
        <translation>يمكن لأطباء العيادة وممرضيها قراءة ملف %1 (ويمكن للأطباء الكتابة فيه أيضًا) حتى انتهاء صلاحية الإذن أو سحبه.</translation>
    </message>
    <message>
        <source>&amp;Grant access</source>
        <translation>منح الوصول (&amp;G)</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>الموظف</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>العيادة</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>بدون انتهاء</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>الموظف: (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Clinic:</source>
        <translation>العيادة: (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>ينتهي بعد: (&amp;E)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>جارٍ التحميل…</translation>
    </message>
    <message>
        <source>%1 (this clinic)</source>
        <translation>%1 (هذه العيادة)</translation>
    </message>
    <message>
        <source>Choose a staff member.</source>
        <translation>اختر أحد الموظفين.</translation>
    </message>
    <message>
        <source>Choose a clinic.</source>
        <translation>اختر عيادة.</translation>
    </message>
    <message>
        <source>The expiry date must be today or later.</source>
        <translation>يجب أن يكون تاريخ الانتهاء اليوم أو لاحقًا.</translation>
    </message>
    <message>
        <source>Granting access…</source>
        <translation>جارٍ منح الوصول…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::GrantTableModel</name>
    <message>
        <source>Revoked</source>
        <translation>مسحوب</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>منتهي الصلاحية</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>نشط</translation>
    </message>
    <message>
        <source>Clinic (at registration)</source>
        <translation>العيادة (عند التسجيل)</translation>
    </message>
    <message>
        <source>Clinic</source>
        <translation>عيادة</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>موظف</translation>
    </message>
    <message>
        <source>No expiry</source>
        <translation>بدون انتهاء</translation>
    </message>
    <message>
        <source>%1 by %2: %3</source>
        <translation>%1 بواسطة %2: %3</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>النوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>تاريخ المنح</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>مُنح بواسطة</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>ينتهي في</translation>
    </message>
</context>
<context>
    <name>careledger::ui::HistoryEntryDialog</name>
    <message>
        <source>Add to the problem list</source>
        <translation>إضافة إلى قائمة المشكلات</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>إضافة (&amp;A)</translation>
    </message>
    <message>
        <source>Edit problem list entry</source>
        <translation>تعديل إدخال في قائمة المشكلات</translation>
    </message>
    <message>
        <source>Saving keeps the current entry as version %1 in the version history.</source>
        <translation>يحتفظ الحفظ بالإدخال الحالي كإصدار %1 في سجل الإصدارات.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة المرضية</translation>
    </message>
    <message>
        <source>e.g. Type 2 diabetes</source>
        <translation>مثال: السكري من النوع 2</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>optional, e.g. E11</source>
        <translation>اختياري، مثال: E11</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>نظام الترميز</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>غير معروف</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>&amp;Condition:</source>
        <translation>الحالة المرضية: (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>الرمز: (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>الوصف: (&amp;D)</translation>
    </message>
    <message>
        <source>O&amp;nset date:</source>
        <translation>تاريخ البدء: (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>الحالة: (&amp;S)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>سبب التغيير</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>سبب التغيير: (&amp;R)</translation>
    </message>
    <message>
        <source>Enter the reason for the change.</source>
        <translation>أدخل سبب التغيير.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::HistoryTableModel</name>
    <message>
        <source>Condition</source>
        <translation>الحالة المرضية</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>البدء</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>آخر تحديث</translation>
    </message>
    <message>
        <source>By</source>
        <translation>بواسطة</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
</context>
<context>
    <name>careledger::ui::KioskHomePage</name>
    <message>
        <source>My prescriptions</source>
        <translation>وصفاتي</translation>
    </message>
    <message>
        <source>My vital signs</source>
        <translation>علاماتي الحيوية</translation>
    </message>
    <message>
        <source>Who can see my record</source>
        <translation>من يمكنه رؤية ملفي</translation>
    </message>
    <message>
        <source>Change my PIN</source>
        <translation>تغيير رمز PIN</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>تسجيل الخروج</translation>
    </message>
    <message>
        <source>Current prescriptions</source>
        <translation>الوصفات الحالية</translation>
    </message>
    <message>
        <source>Past prescriptions</source>
        <translation>الوصفات السابقة</translation>
    </message>
    <message>
        <source>You have no prescriptions at this clinic.</source>
        <translation>ليست لديك وصفات في هذه العيادة.</translation>
    </message>
    <message>
        <source>Touch a prescription to see the page you can save or print.</source>
        <translation>المس وصفة لترى الصفحة التي يمكنك حفظها أو طباعتها.</translation>
    </message>
    <message>
        <source>Prescription page preview</source>
        <translation>معاينة صفحة الوصفة</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>حفظ بصيغة PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>My vital signs: the last 7 days</source>
        <translation>علاماتي الحيوية: آخر 7 أيام</translation>
    </message>
    <message>
        <source>Measured by the bedside devices while you were in our care. Ask your doctor or nurse what they mean for you.</source>
        <translation>قاستها أجهزة السرير أثناء وجودك في رعايتنا. اسأل طبيبك أو ممرضك عما تعنيه بالنسبة إليك.</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>العلامة</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>الأحدث</translation>
    </message>
    <message>
        <source>Lowest</source>
        <translation>الأدنى</translation>
    </message>
    <message>
        <source>Highest</source>
        <translation>الأعلى</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>المتوسط</translation>
    </message>
    <message>
        <source>Readings</source>
        <translation>القراءات</translation>
    </message>
    <message>
        <source>Vital signs of the last 7 days</source>
        <translation>العلامات الحيوية لآخر 7 أيام</translation>
    </message>
    <message>
        <source>Doctors and nurses you or the clinic gave access to can read your record. You can give access to someone else, or take it away.</source>
        <translation>يمكن للأطباء والممرضين الذين منحتهم أنت أو العيادة حق الوصول قراءة ملفك. يمكنك منح الوصول لشخص آخر أو سحبه.</translation>
    </message>
    <message>
        <source>Emergency access to your record</source>
        <translation>الوصول الطارئ إلى ملفك</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>When</source>
        <translation>متى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Give a doctor or nurse access</source>
        <translation>منح الوصول لطبيب أو ممرض</translation>
    </message>
    <message>
        <source>Give a clinic access</source>
        <translation>منح الوصول لعيادة</translation>
    </message>
    <message>
        <source>Take access away</source>
        <translation>سحب الوصول</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>من</translation>
    </message>
    <message>
        <source>For how long</source>
        <translation>لأي مدة</translation>
    </message>
    <message>
        <source>Until I take it away</source>
        <translation>حتى أسحبه</translation>
    </message>
    <message>
        <source>One week</source>
        <translation>أسبوع واحد</translation>
    </message>
    <message>
        <source>One month</source>
        <translation>شهر واحد</translation>
    </message>
    <message>
        <source>Three months</source>
        <translation>ثلاثة أشهر</translation>
    </message>
    <message>
        <source>One year</source>
        <translation>سنة واحدة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Give access</source>
        <translation>منح الوصول</translation>
    </message>
    <message>
        <source>Why? (kept with your record)</source>
        <translation>لماذا؟ (يُحفظ مع ملفك)</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>I no longer see this doctor or nurse</source>
        <translation>لم أعد أراجع هذا الطبيب أو الممرض</translation>
    </message>
    <message>
        <source>I changed clinics</source>
        <translation>غيّرت العيادة</translation>
    </message>
    <message>
        <source>I want to keep my record private</source>
        <translation>أريد أن يبقى ملفي خاصًا</translation>
    </message>
    <message>
        <source>Another reason</source>
        <translation>سبب آخر</translation>
    </message>
    <message>
        <source>They keep what they have already read; nothing written from now on.</source>
        <translation>يحتفظون بما قرؤوه من قبل، ولا يصلهم شيء مما يُكتب من الآن فصاعدًا.</translation>
    </message>
    <message>
        <source>6 to 8 digits. Not all the same digit, and not a run such as 123456.</source>
        <translation>من 6 إلى 8 أرقام. ليست كلها الرقم نفسه، وليست متتالية مثل 123456.</translation>
    </message>
    <message>
        <source>Current PIN</source>
        <translation>رمز PIN الحالي</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>رمز PIN الجديد</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>تأكيد رمز PIN الجديد</translation>
    </message>
    <message>
        <source>Save my new PIN</source>
        <translation>حفظ رمز PIN الجديد</translation>
    </message>
    <message>
        <source>Hello, %1</source>
        <translation>مرحبًا، %1</translation>
    </message>
    <message>
        <source>Record number %1</source>
        <translation>رقم الملف %1</translation>
    </message>
    <message>
        <source>Preparing the page…</source>
        <translation>جارٍ تجهيز الصفحة…</translation>
    </message>
    <message>
        <source>No printer is set up at this kiosk: save the page as a PDF on a USB stick instead.</source>
        <translation>لا توجد طابعة مهيأة في هذا الكشك: احفظ الصفحة بصيغة PDF على ذاكرة USB بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>This kiosk cannot print: save the page as a PDF on a USB stick instead.</source>
        <translation>لا يمكن لهذا الكشك الطباعة: احفظ الصفحة بصيغة PDF على ذاكرة USB بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Insert a USB stick, then touch “Save as PDF” again.</source>
        <translation>أدخل ذاكرة USB، ثم المس «حفظ بصيغة PDF» مرة أخرى.</translation>
    </message>
    <message>
        <source>Saved as %1. Take your USB stick with you when you leave.</source>
        <translation>حُفظ باسم %1. خذ ذاكرة USB معك عند المغادرة.</translation>
    </message>
    <message>
        <source>No printer is set up at this kiosk.</source>
        <translation>لا توجد طابعة مهيأة في هذا الكشك.</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>وصفة طبية</translation>
    </message>
    <message>
        <source>Sent to the printer %1.</source>
        <translation>أُرسلت إلى الطابعة %1.</translation>
    </message>
    <message>
        <source>No readings</source>
        <translation>لا قراءات</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Give a clinic access to my record</source>
        <translation>منح عيادة حق الوصول إلى ملفي</translation>
    </message>
    <message>
        <source>Give a doctor or nurse access to my record</source>
        <translation>منح طبيب أو ممرض حق الوصول إلى ملفي</translation>
    </message>
    <message>
        <source>%1 (this clinic)</source>
        <translation>%1 (هذه العيادة)</translation>
    </message>
    <message>
        <source>%1 can now see your record.</source>
        <translation>يمكن لـ %1 الآن رؤية ملفك.</translation>
    </message>
    <message>
        <source>Take access away from %1?</source>
        <translation>سحب الوصول من %1؟</translation>
    </message>
    <message>
        <source>Access was taken away.</source>
        <translation>تم سحب الوصول.</translation>
    </message>
    <message>
        <source>Enter your current PIN.</source>
        <translation>أدخل رمز PIN الحالي.</translation>
    </message>
    <message>
        <source>The two new PINs are not the same.</source>
        <translation>رمزا PIN الجديدان غير متطابقين.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
    <message>
        <source>Your current PIN is not right.</source>
        <translation>رمز PIN الحالي غير صحيح.</translation>
    </message>
    <message>
        <source>Your new PIN is saved. Use it next time.</source>
        <translation>حُفظ رمز PIN الجديد. استخدمه في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::KioskLeavePage</name>
    <message>
        <source>Close the patient kiosk</source>
        <translation>إغلاق كشك المرضى</translation>
    </message>
    <message>
        <source>For clinic administrators. Patients: touch “Back”.</source>
        <translation>لمسؤولي العيادة فقط. أيها المرضى: المسوا «رجوع».</translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation>اسم مستخدم المسؤول</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>كلمة المرور</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>إغلاق الكشك</translation>
    </message>
    <message>
        <source>Enter an administrator&apos;s user name and password.</source>
        <translation>أدخل اسم المستخدم وكلمة المرور لأحد المسؤولين.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>جارٍ التحقق…</translation>
    </message>
    <message>
        <source>Too many failed attempts. Try again after %1.</source>
        <translation>محاولات فاشلة كثيرة جدًا. أعد المحاولة بعد %1.</translation>
    </message>
    <message>
        <source>This is not an administrator&apos;s user name and password.</source>
        <translation>هذان ليسا اسم المستخدم وكلمة المرور لأحد المسؤولين.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::KioskLoginPage</name>
    <message>
        <source>Welcome</source>
        <translation>أهلًا وسهلًا</translation>
    </message>
    <message>
        <source>Sign in with your record number and your PIN to see your prescriptions, your vital signs of the last week and who may see your record.</source>
        <translation>سجّل الدخول برقم ملفك ورمز PIN لترى وصفاتك وعلاماتك الحيوية خلال الأسبوع الماضي ومن يمكنه رؤية ملفك.</translation>
    </message>
    <message>
        <source>Record number (MRN)</source>
        <translation>رقم الملف (MRN)</translation>
    </message>
    <message>
        <source>Record number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>e.g. 1234-5678-9</source>
        <translation>مثال: 1234-5678-9</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>رمز PIN</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>تسجيل الدخول</translation>
    </message>
    <message>
        <source>No PIN yet, or forgot it? Ask at the reception desk.</source>
        <translation>ليس لديك رمز PIN بعد أو نسيته؟ اسأل في مكتب الاستقبال.</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>الموظفون</translation>
    </message>
    <message>
        <source>Staff: close the kiosk</source>
        <translation>الموظفون: إغلاق الكشك</translation>
    </message>
    <message>
        <source>Enter your record number.</source>
        <translation>أدخل رقم ملفك.</translation>
    </message>
    <message>
        <source>Enter your PIN.</source>
        <translation>أدخل رمز PIN.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
        <source>The record number or the PIN is not right. Please try again.</source>
        <translation>رقم الملف أو رمز PIN غير صحيح. يرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This is not a valid record number. It has nine digits, e.g. 1234-5678-9.</source>
        <translation>هذا ليس رقم ملف صالحًا. يتكون من تسعة أرقام، مثل 1234-5678-9.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة مرة أخرى الآن.</translation>
    </message>
    <message>
        <source>Too many wrong PINs for this record number. You can try again at %1 (in %2), or ask at the reception desk.</source>
        <translation>أُدخلت رموز PIN خاطئة كثيرة لرقم الملف هذا. يمكنك المحاولة مرة أخرى في %1 (بعد %2)، أو اسأل في مكتب الاستقبال.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::KioskSettingsAction</name>
    <message>
        <source>Open the patient kiosk when an administrator signs in</source>
        <translation>فتح كشك المرضى عند تسجيل دخول المسؤول</translation>
    </message>
</context>
<context>
    <name>careledger::ui::KioskWindow</name>
    <message>
        <source>CareLedger — Patient kiosk</source>
        <translation>CareLedger — كشك المرضى</translation>
    </message>
    <message>
        <source>CareLedger logo</source>
        <translation>شعار CareLedger</translation>
    </message>
    <message>
        <source>CareLedger · Patient kiosk</source>
        <translation>CareLedger · كشك المرضى</translation>
    </message>
    <message>
        <source>Signing out in %1 s — touch the screen to stay</source>
        <translation>تسجيل الخروج بعد %1 ث — المس الشاشة للبقاء</translation>
    </message>
    <message>
        <source>Clearing the screen in %1 s — touch the screen to stay</source>
        <translation>مسح الشاشة بعد %1 ث — المس الشاشة للبقاء</translation>
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
    <name>careledger::ui::LiveVitalsPage</name>
    <message>
        <source>Live vitals</source>
        <translation>العلامات الحيوية المباشرة</translation>
    </message>
    <message>
        <source>Patients with a bedside device, most urgent first: highest alert, then NEWS2. Select a patient to see their latest values.</source>
        <translation>المرضى الموصولون بجهاز سرير، الأكثر إلحاحًا أولًا: أعلى تنبيه ثم درجة NEWS2. اختر مريضًا لترى أحدث قيمه.</translation>
    </message>
    <message>
        <source>No patient is monitored on this workstation. Pair a device with a patient in Devices.</source>
        <translation>لا يوجد مريض تحت المراقبة على محطة العمل هذه. اربط جهازًا بمريض في صفحة الأجهزة.</translation>
    </message>
    <message>
        <source>Monitored patients</source>
        <translation>المرضى تحت المراقبة</translation>
    </message>
    <message>
        <source>Number of monitored patients</source>
        <translation>عدد المرضى تحت المراقبة</translation>
    </message>
    <message>
        <source>Select a patient to see their latest values.</source>
        <translation>اختر مريضًا لترى أحدث قيمه.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>درجة NEWS2</translation>
    </message>
    <message>
        <source>The monitored patients cannot be shown: %1</source>
        <translation>لا يمكن عرض المرضى تحت المراقبة: %1</translation>
    </message>
    <message>
        <source>Monitored patients: %1</source>
        <translation>المرضى تحت المراقبة: %1</translation>
    </message>
    <message>
        <source>%1 · MRN %2</source>
        <translation>%1 · رقم الملف %2</translation>
    </message>
    <message>
        <source>No device is paired with this patient.</source>
        <translation>لا يوجد جهاز مربوط بهذا المريض.</translation>
    </message>
    <message>
        <source>Device %1: %2; last reading %3</source>
        <translation>الجهاز %1: %2؛ آخر قراءة %3</translation>
    </message>
    <message>
        <source>NEWS2: no parameter measured yet</source>
        <translation>درجة NEWS2: لم يُقس أي معامل بعد</translation>
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
    <message>
        <source>Open the patient &amp;kiosk</source>
        <translation>فتح كشك المرضى (&amp;K)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1, %n waiting for acknowledgement</source>
        <translation>
            <numerusform>%1، لا شيء بانتظار الإقرار</numerusform>
            <numerusform>%1، تنبيه واحد بانتظار الإقرار</numerusform>
            <numerusform>%1، تنبيهان بانتظار الإقرار</numerusform>
            <numerusform>%1، %n تنبيهات بانتظار الإقرار</numerusform>
            <numerusform>%1، %n تنبيهًا بانتظار الإقرار</numerusform>
            <numerusform>%1، %n تنبيه بانتظار الإقرار</numerusform>
        </translation>
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
    <name>careledger::ui::PairDeviceDialog</name>
    <message>
        <source>Pair device with a patient</source>
        <translation>ربط الجهاز بمريض</translation>
    </message>
    <message>
        <source>Readings of %1 measured from the chosen time on belong to the patient. A current pairing of this device ends at that time.</source>
        <translation>القراءات التي يقيسها %1 ابتداءً من الوقت المختار تعود إلى المريض. ينتهي أي ربط حالي لهذا الجهاز في ذلك الوقت.</translation>
    </message>
    <message>
        <source>&amp;Pair</source>
        <translation>ربط (&amp;P)</translation>
    </message>
    <message>
        <source>Find patient</source>
        <translation>البحث عن المريض</translation>
    </message>
    <message>
        <source>Name or medical record number</source>
        <translation>الاسم أو رقم الملف الطبي</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>المرضى الذين تم العثور عليهم</translation>
    </message>
    <message>
        <source>Paired from</source>
        <translation>مربوط ابتداءً من</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>المريض: (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>من: (&amp;F)</translation>
    </message>
    <message>
        <source>The search failed: %1</source>
        <translation>فشل البحث: %1</translation>
    </message>
    <message>
        <source>%1 — MRN %2 — born %3</source>
        <extracomment>Patient in the pairing list: name, record number, birth date</extracomment>
        <translation>%1 — رقم الملف %2 — تاريخ الميلاد %3</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>لا يوجد مريض يطابق «%1».</translation>
    </message>
    <message>
        <source>Find the patient and choose them in the list.</source>
        <translation>ابحث عن المريض واختره من القائمة.</translation>
    </message>
    <message>
        <source>Pairing the device…</source>
        <translation>جارٍ ربط الجهاز…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PatientChartPage</name>
    <message>
        <source>Patient chart</source>
        <translation>ملف المريض</translation>
    </message>
    <message>
        <source>&amp;Back to patients</source>
        <translation>العودة إلى المرضى (&amp;B)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث (&amp;F)</translation>
    </message>
    <message>
        <source>E&amp;xport FHIR…</source>
        <translation>تصدير FHIR… (&amp;X)</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>الوصول الطارئ</translation>
    </message>
    <message>
        <source>Chart sections</source>
        <translation>أقسام الملف</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>الملخص (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>السوابق (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Prescriptions</source>
        <translation>الوصفات (&amp;P)</translation>
    </message>
    <message>
        <source>A&amp;ccess</source>
        <translation>الوصول (&amp;C)</translation>
    </message>
    <message>
        <source>A&amp;udit</source>
        <translation>التدقيق (&amp;U)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>Medical record number, age and sex</source>
        <translation>رقم الملف والعمر والجنس</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>تعديل… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Version history…</source>
        <translation>سجل الإصدارات… (&amp;V)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>هاتف جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Active problems</source>
        <translation>المشكلات النشطة</translation>
    </message>
    <message>
        <source>Current prescriptions</source>
        <translation>الوصفات الحالية</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>إضافة… (&amp;A)</translation>
    </message>
    <message>
        <source>Problem list</source>
        <translation>قائمة المشكلات</translation>
    </message>
    <message>
        <source>&amp;New prescription…</source>
        <translation>وصفة جديدة… (&amp;N)</translation>
    </message>
    <message>
        <source>A&amp;mend…</source>
        <translation>تعديل الوصفة… (&amp;M)</translation>
    </message>
    <message>
        <source>C&amp;omplete…</source>
        <translation>إكمال… (&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;top…</source>
        <translation>إيقاف… (&amp;T)</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>الوصفات</translation>
    </message>
    <message>
        <source>Grant to staff &amp;member…</source>
        <translation>منح لموظف… (&amp;M)</translation>
    </message>
    <message>
        <source>Grant to c&amp;linic…</source>
        <translation>منح لعيادة… (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Revoke…</source>
        <translation>سحب… (&amp;R)</translation>
    </message>
    <message>
        <source>Who may see this record</source>
        <translation>من يمكنه رؤية هذا الملف</translation>
    </message>
    <message>
        <source>Access grants</source>
        <translation>أذونات الوصول</translation>
    </message>
    <message>
        <source>Emergency accesses</source>
        <translation>حالات الوصول الطارئ</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>الطبيب</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>البداية</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>حتى</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Nobody has used emergency access to this record.</source>
        <translation>لم يستخدم أحد الوصول الطارئ إلى هذا الملف.</translation>
    </message>
    <message>
        <source>Reload &amp;trail</source>
        <translation>إعادة تحميل السجل (&amp;T)</translation>
    </message>
    <message>
        <source>Every read and change of this record, newest first</source>
        <translation>كل قراءة وتغيير لهذا الملف، الأحدث أولًا</translation>
    </message>
    <message>
        <source>Audit trail of this patient</source>
        <translation>سجل تدقيق هذا المريض</translation>
    </message>
    <message>
        <source>The chart cannot be shown: %1</source>
        <translation>لا يمكن عرض الملف: %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>family name, given name</comment>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>MRN %1</source>
        <translation>رقم الملف %1</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>العمر %1</translation>
    </message>
    <message>
        <source>Born %1</source>
        <translation>تاريخ الميلاد %1</translation>
    </message>
    <message>
        <source>Chart of %1</source>
        <translation>ملف %1</translation>
    </message>
    <message>
        <source>Emergency access until %1 — every action is logged</source>
        <translation>وصول طارئ حتى %1 — يُسجَّل كل إجراء</translation>
    </message>
    <message>
        <source>Version %1, saved %2 by %3</source>
        <translation>الإصدار %1، حُفظ في %2 بواسطة %3</translation>
    </message>
    <message>
        <source>None recorded</source>
        <translation>لا شيء مسجل</translation>
    </message>
    <message>
        <source>None</source>
        <translation>لا شيء</translation>
    </message>
    <message>
        <source>The demographics were saved as version %1.</source>
        <translation>حُفظت البيانات الشخصية كإصدار %1.</translation>
    </message>
    <message>
        <source>Demographics</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>The entry was added to the problem list.</source>
        <translation>أُضيف الإدخال إلى قائمة المشكلات.</translation>
    </message>
    <message>
        <source>The entry was saved as version %1.</source>
        <translation>حُفظ الإدخال كإصدار %1.</translation>
    </message>
    <message>
        <source>The prescription was saved.</source>
        <translation>حُفظت الوصفة.</translation>
    </message>
    <message>
        <source>The amendment was saved as version %1.</source>
        <translation>حُفظ التعديل كإصدار %1.</translation>
    </message>
    <message>
        <source>Complete prescription</source>
        <translation>إكمال الوصفة</translation>
    </message>
    <message>
        <source>Stop prescription</source>
        <translation>إيقاف الوصفة</translation>
    </message>
    <message>
        <source>Mark %1 as completed. It can no longer be amended afterwards.</source>
        <translation>وضع علامة «مكتملة» على %1. لن يمكن تعديلها بعد ذلك.</translation>
    </message>
    <message>
        <source>Stop %1. It can no longer be amended afterwards.</source>
        <translation>إيقاف %1. لن يمكن تعديلها بعد ذلك.</translation>
    </message>
    <message>
        <source>C&amp;omplete</source>
        <translation>إكمال (&amp;O)</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>إيقاف (&amp;T)</translation>
    </message>
    <message>
        <source>%1 is marked as completed.</source>
        <translation>وُضعت علامة «مكتملة» على %1.</translation>
    </message>
    <message>
        <source>%1 is stopped.</source>
        <translation>تم إيقاف %1.</translation>
    </message>
    <message>
        <source>Access granted to %1.</source>
        <translation>تم منح الوصول إلى %1.</translation>
    </message>
    <message>
        <source>Revoke access</source>
        <translation>سحب الوصول</translation>
    </message>
    <message>
        <source>%1 will no longer see this record. Records written from now on are encrypted under a new key that %1 never receives.</source>
        <translation>لن يرى %1 هذا الملف بعد الآن. تُشفَّر السجلات المكتوبة من الآن فصاعدًا بمفتاح جديد لا يتلقاه %1 أبدًا.</translation>
    </message>
    <message>
        <source>&amp;Revoke access</source>
        <translation>سحب الوصول (&amp;R)</translation>
    </message>
    <message>
        <source>Access of %1 revoked.</source>
        <translation>تم سحب وصول %1.</translation>
    </message>
    <message>
        <source>The access grants cannot be shown: %1</source>
        <translation>لا يمكن عرض أذونات الوصول: %1</translation>
    </message>
    <message>
        <source>The audit trail cannot be shown: %1</source>
        <translation>لا يمكن عرض سجل التدقيق: %1</translation>
    </message>
    <message>
        <source>Export FHIR bundle</source>
        <translation>تصدير حزمة FHIR</translation>
    </message>
    <message>
        <source>FHIR JSON (*.json)</source>
        <translation>ملفات FHIR JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>لا يمكن كتابة %1: %2</translation>
    </message>
    <message>
        <source>The FHIR bundle was not exported: %1</source>
        <translation>لم يتم تصدير حزمة FHIR: %1</translation>
    </message>
    <message>
        <source>FHIR bundle exported to %1.</source>
        <translation>تم تصدير حزمة FHIR إلى %1.</translation>
    </message>
    <message>
        <source>%1 — %2 %3, %4</source>
        <comment>medication and strength — dose, unit, frequency</comment>
        <translation>%1 — %2 %3، %4</translation>
    </message>
    <message>
        <source>&amp;Vitals</source>
        <translation>العلامات الحيوية (&amp;I)</translation>
    </message>
    <message>
        <source>Set kiosk &amp;PIN…</source>
        <translation>تعيين رمز PIN للكشك… (&amp;K)</translation>
    </message>
    <message>
        <source>The patient&apos;s kiosk PIN was set.</source>
        <translation>تم تعيين رمز PIN الخاص بالمريض للكشك.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PatientTableModel</name>
    <message>
        <source>You have no access to this patient&apos;s record.</source>
        <translation>ليس لديك وصول إلى ملف هذا المريض.</translation>
    </message>
    <message>
        <source>You see this record through emergency access.</source>
        <translation>ترى هذا الملف عبر الوصول الطارئ.</translation>
    </message>
    <message>
        <source>No access</source>
        <translation>لا وصول</translation>
    </message>
    <message>
        <source>%1 (emergency access)</source>
        <translation>%1 (وصول طارئ)</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>تاريخ التسجيل</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PatientsPage</name>
    <message>
        <source>Patients</source>
        <translation>المرضى</translation>
    </message>
    <message>
        <source>Search by name or medical record number (MRN). You register patients and manage who may see their records; their history and prescriptions are for the doctors and nurses they chose.</source>
        <translation>ابحث بالاسم أو برقم الملف الطبي (MRN). أنت تسجل المرضى وتدير من يمكنه رؤية ملفاتهم؛ أما سوابقهم ووصفاتهم فهي للأطباء والممرضين الذين اختاروهم.</translation>
    </message>
    <message>
        <source>Patients whose records you may see. A patient who has not given you access appears only when you type the exact MRN; in an emergency you can open that record for a limited time.</source>
        <translation>المرضى الذين يمكنك رؤية ملفاتهم. لا يظهر المريض الذي لم يمنحك حق الوصول إلا عند كتابة رقم ملفه بالضبط؛ وفي حالة الطوارئ يمكنك فتح ذلك الملف لفترة محدودة.</translation>
    </message>
    <message>
        <source>Patients whose records you may see. Search by name or medical record number (MRN).</source>
        <translation>المرضى الذين يمكنك رؤية ملفاتهم. ابحث بالاسم أو برقم الملف الطبي (MRN).</translation>
    </message>
    <message>
        <source>&amp;Open chart</source>
        <translation>فتح الملف (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Emergency access…</source>
        <translation>الوصول الطارئ… (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Register patient…</source>
        <translation>تسجيل مريض… (&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تحديث (&amp;F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>بحث</translation>
    </message>
    <message>
        <source>Search by name or MRN, e.g. “dup je” or 1234-5678-9</source>
        <translation>ابحث بالاسم أو برقم الملف، مثلًا «dup je» أو 1234-5678-9</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>البحث عن المرضى</translation>
    </message>
    <message>
        <source>Patients registered here are &amp;visible to this clinic&apos;s doctors and nurses</source>
        <translation>المرضى المسجلون هنا مرئيون لأطباء هذه العيادة وممرضيها (&amp;V)</translation>
    </message>
    <message>
        <source>Patients registered here are visible to this clinic&apos;s doctors and nurses</source>
        <translation>المرضى المسجلون هنا مرئيون لأطباء هذه العيادة وممرضيها</translation>
    </message>
    <message>
        <source>The setting was not changed: %1</source>
        <translation>لم يتم تغيير الإعداد: %1</translation>
    </message>
    <message>
        <source>Patients registered from now on are visible to this clinic&apos;s doctors and nurses.</source>
        <translation>المرضى المسجلون من الآن فصاعدًا مرئيون لأطباء هذه العيادة وممرضيها.</translation>
    </message>
    <message>
        <source>Patients registered from now on are visible only to those they grant access to.</source>
        <translation>المرضى المسجلون من الآن فصاعدًا مرئيون فقط لمن يمنحونهم حق الوصول.</translation>
    </message>
    <message>
        <source>Patients found</source>
        <translation>المرضى الذين تم العثور عليهم</translation>
    </message>
    <message>
        <source>Number of patients found</source>
        <translation>عدد المرضى الذين تم العثور عليهم</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>جارٍ البحث…</translation>
    </message>
    <message>
        <source>No patients.</source>
        <translation>لا يوجد مرضى.</translation>
    </message>
    <message>
        <source>No patient matches “%1”.</source>
        <translation>لا يوجد مريض يطابق «%1».</translation>
    </message>
    <message>
        <source>Patients shown: %1</source>
        <translation>المرضى المعروضون: %1</translation>
    </message>
    <message>
        <source>A record number has nine digits with a valid check digit, for example 1234-5678-9.</source>
        <translation>يتكون رقم الملف من تسعة أرقام مع رقم تحقق صالح، مثل 1234-5678-9.</translation>
    </message>
    <message>
        <source>%1 %2 is registered with MRN %3.</source>
        <translation>تم تسجيل %1 %2 برقم الملف %3.</translation>
    </message>
    <message>
        <source>You have no access to the record of patient %1.</source>
        <translation>ليس لديك وصول إلى ملف المريض %1.</translation>
    </message>
    <message>
        <source>&amp;Verify prescription code…</source>
        <translation>التحقق من رمز وصفة… (&amp;C)</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PinKeypad</name>
    <message>
        <source>Number keypad</source>
        <translation>لوحة الأرقام</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Delete the last digit</source>
        <translation>حذف آخر رقم</translation>
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
    <name>careledger::ui::PrescriptionDialog</name>
    <message>
        <source>New prescription</source>
        <translation>وصفة جديدة</translation>
    </message>
    <message>
        <source>The prescription is signed with your key when you save it.</source>
        <translation>تُوقَّع الوصفة بمفتاحك عند حفظها.</translation>
    </message>
    <message>
        <source>&amp;Prescribe</source>
        <translation>وصف (&amp;P)</translation>
    </message>
    <message>
        <source>Amend prescription</source>
        <translation>تعديل الوصفة</translation>
    </message>
    <message>
        <source>The amendment becomes version %1; the earlier versions stay in the version history.</source>
        <translation>يصبح التعديل الإصدار %1؛ وتبقى الإصدارات السابقة في سجل الإصدارات.</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation>حفظ التعديل (&amp;S)</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>e.g. Metformin</source>
        <translation>مثال: ميتفورمين</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>e.g. 500 mg</source>
        <translation>مثال: 500 ملغ</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الشكل الصيدلاني</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Dose unit</source>
        <translation>وحدة الجرعة</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>طريقة الإعطاء</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Duration in days</source>
        <translation>المدة بالأيام</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Quantity unit</source>
        <translation>وحدة الكمية</translation>
    </message>
    <message>
        <source>Refills</source>
        <translation>مرات إعادة الصرف</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>e.g. with food</source>
        <translation>مثال: مع الطعام</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>&amp;Medication:</source>
        <translation>الدواء: (&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;trength:</source>
        <translation>التركيز: (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Form:</source>
        <translation>الشكل الصيدلاني: (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Dose:</source>
        <translation>الجرعة: (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Route:</source>
        <translation>طريقة الإعطاء: (&amp;R)</translation>
    </message>
    <message>
        <source>Fre&amp;quency:</source>
        <translation>التكرار: (&amp;Q)</translation>
    </message>
    <message>
        <source>D&amp;uration (days):</source>
        <translation>المدة (أيام): (&amp;U)</translation>
    </message>
    <message>
        <source>Quantit&amp;y:</source>
        <translation>الكمية: (&amp;Y)</translation>
    </message>
    <message>
        <source>Re&amp;fills:</source>
        <translation>مرات إعادة الصرف: (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Instructions:</source>
        <translation>التعليمات: (&amp;I)</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>التاريخ: (&amp;A)</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation>سبب التعديل</translation>
    </message>
    <message>
        <source>Reason for the a&amp;mendment:</source>
        <translation>سبب التعديل: (&amp;M)</translation>
    </message>
    <message>
        <source>Enter the reason for the amendment.</source>
        <translation>أدخل سبب التعديل.</translation>
    </message>
    <message>
        <source>Saving the prescription…</source>
        <translation>جارٍ حفظ الوصفة…</translation>
    </message>
    <message>
        <source>Saving the amendment…</source>
        <translation>جارٍ حفظ التعديل…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::PrescriptionTableModel</name>
    <message>
        <source>Medication</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>طريقة الإعطاء</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>الأيام</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>الواصف</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
</context>
<context>
    <name>careledger::ui::ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>السبب: (&amp;R)</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>أدخل السبب.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>جارٍ الحفظ…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RecordHistoryDialog</name>
    <message>
        <source>Version history — %1</source>
        <translation>سجل الإصدارات — %1</translation>
    </message>
    <message>
        <source>Every saved version, oldest first. Select a version to see its fields; the fields that changed since the version before are marked.</source>
        <translation>كل الإصدارات المحفوظة، الأقدم أولًا. اختر إصدارًا لرؤية حقوله؛ وتُميَّز الحقول التي تغيرت منذ الإصدار السابق.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>الإصدار</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>تاريخ الكتابة</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>الكاتب</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>الدور</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>سبب التغيير</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>الإصدارات</translation>
    </message>
    <message>
        <source>Fields of the selected version</source>
        <translation>حقول الإصدار المحدد</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>الحقل</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>التغيير</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>The versions cannot be shown: %1</source>
        <translation>لا يمكن عرض الإصدارات: %1</translation>
    </message>
    <message>
        <source>First version</source>
        <translation>الإصدار الأول</translation>
    </message>
    <message>
        <source>Version %1, compared with version %2</source>
        <translation>الإصدار %1 مقارنة بالإصدار %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>الإصدار %1</translation>
    </message>
    <message>
        <source>Changed (was: %1)</source>
        <translation>تغيّر (كان: %1)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>هاتف جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الحالة المرضية</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Code system</source>
        <translation>نظام الترميز</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Onset date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>الدواء</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>التركيز</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>الشكل الصيدلاني</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>الجرعة</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>طريقة الإعطاء</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>التكرار</translation>
    </message>
    <message>
        <source>Duration (days)</source>
        <translation>المدة (أيام)</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>الكمية</translation>
    </message>
    <message>
        <source>Refills</source>
        <translation>مرات إعادة الصرف</translation>
    </message>
    <message>
        <source>Instructions</source>
        <translation>التعليمات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>التاريخ</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RegisterDeviceDialog</name>
    <message>
        <source>Register device</source>
        <translation>تسجيل جهاز</translation>
    </message>
    <message>
        <source>The device gets an id and a secret key. The key is shown once, after registration: have the device or its gateway at hand to enter it.</source>
        <translation>يحصل الجهاز على معرّف ومفتاح سري. لا يُعرض المفتاح إلا مرة واحدة بعد التسجيل: اجعل الجهاز أو بوابته في متناولك لإدخاله.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>تسجيل (&amp;R)</translation>
    </message>
    <message>
        <source>Device type</source>
        <translation>نوع الجهاز</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>الطراز</translation>
    </message>
    <message>
        <source>e.g. IntelliVue MX450</source>
        <translation>مثال: IntelliVue MX450</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>الرقم التسلسلي</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>النوع: (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>الطراز: (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation>الرقم التسلسلي: (&amp;S)</translation>
    </message>
    <message>
        <source>A serial number has letters and digits, with spaces, dots, dashes, slashes or underscores between them.</source>
        <translation>يتكون الرقم التسلسلي من حروف وأرقام، تفصل بينها مسافات أو نقاط أو شرطات أو خطوط مائلة أو شرطات سفلية.</translation>
    </message>
    <message>
        <source>Enter the device&apos;s model.</source>
        <translation>أدخل طراز الجهاز.</translation>
    </message>
    <message>
        <source>Enter the serial number printed on the device.</source>
        <translation>أدخل الرقم التسلسلي المطبوع على الجهاز.</translation>
    </message>
    <message>
        <source>Registering the device…</source>
        <translation>جارٍ تسجيل الجهاز…</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>البروتوكول</translation>
    </message>
    <message>
        <source>CareLedger gateway (CLV1, signed with a key)</source>
        <translation>بوابة CareLedger (CLV1، موقّعة بمفتاح)</translation>
    </message>
    <message>
        <source>HL7 v2 bedside monitor (EUI-64, no key)</source>
        <translation>جهاز مراقبة بجانب السرير HL7 v2 (EUI-64، بلا مفتاح)</translation>
    </message>
    <message>
        <source>EUI-64</source>
        <translation>معرّف EUI-64</translation>
    </message>
    <message>
        <source>e.g. 00:09:5C:FF:FE:12:34:56</source>
        <translation>مثال: 00:09:5C:FF:FE:12:34:56</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>البروتوكول: (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;EUI-64:</source>
        <translation>معرّف EUI-64: (&amp;E)</translation>
    </message>
    <message>
        <source>An HL7 monitor cannot sign its messages: it is known by the EUI-64 it sends and accepted once it is registered and paired with a patient.</source>
        <translation>لا يستطيع جهاز مراقبة HL7 توقيع رسائله: يُعرف بمعرّف EUI-64 الذي يرسله، ويُقبل بعد تسجيله وربطه بمريض.</translation>
    </message>
    <message>
        <source>Enter the monitor&apos;s EUI-64, as on its label or in its network settings.</source>
        <translation>أدخل معرّف EUI-64 لجهاز المراقبة، كما يظهر على ملصقه أو في إعدادات الشبكة الخاصة به.</translation>
    </message>
    <message>
        <source>An EUI-64 has 16 hexadecimal digits, e.g. 00:09:5C:FF:FE:12:34:56.</source>
        <translation>يتكون معرّف EUI-64 من 16 رقمًا سداسيًا عشريًا، مثل 00:09:5C:FF:FE:12:34:56.</translation>
    </message>
</context>
<context>
    <name>careledger::ui::RegistrationDialog</name>
    <message>
        <source>Register patient</source>
        <translation>تسجيل مريض</translation>
    </message>
    <message>
        <source>A new medical record number is issued when you save. Given name, family name and date of birth are required.</source>
        <translation>يُصدر رقم ملف طبي جديد عند الحفظ. الاسم الأول واسم العائلة وتاريخ الميلاد مطلوبة.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>حفظ (&amp;S)</translation>
    </message>
    <message>
        <source>Edit demographics</source>
        <translation>تعديل البيانات الشخصية</translation>
    </message>
    <message>
        <source>Saving keeps the current details as an earlier version, with your name and the reason.</source>
        <translation>يحتفظ الحفظ بالبيانات الحالية كإصدار سابق، مع اسمك والسبب.</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>غير محدد</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>الجنس</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>البريد الإلكتروني</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>Emergency contact phone</source>
        <translation>هاتف جهة الاتصال في الطوارئ</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>الاسم الأول: (&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>اسم العائلة: (&amp;F)</translation>
    </message>
    <message>
        <source>Date of &amp;birth:</source>
        <translation>تاريخ الميلاد: (&amp;B)</translation>
    </message>
    <message>
        <source>Se&amp;x:</source>
        <translation>الجنس: (&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>العنوان: (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>الهاتف: (&amp;P)</translation>
    </message>
    <message>
        <source>E&amp;mail:</source>
        <translation>البريد الإلكتروني: (&amp;M)</translation>
    </message>
    <message>
        <source>Emergency &amp;contact:</source>
        <translation>جهة الاتصال في الطوارئ: (&amp;C)</translation>
    </message>
    <message>
        <source>Emergency contact p&amp;hone:</source>
        <translation>هاتف جهة الاتصال في الطوارئ: (&amp;H)</translation>
    </message>
    <message>
        <source>Reason for the change</source>
        <translation>سبب التغيير</translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation>سبب التغيير: (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Register anyway</source>
        <translation>التسجيل على أي حال (&amp;R)</translation>
    </message>
    <message>
        <source>Enter the reason for the change.</source>
        <translation>أدخل سبب التغيير.</translation>
    </message>
    <message>
        <source>Saving the new version…</source>
        <translation>جارٍ حفظ الإصدار الجديد…</translation>
    </message>
    <message>
        <source>Looking for patients already registered with these details…</source>
        <translation>جارٍ البحث عن مرضى مسجلين بهذه البيانات من قبل…</translation>
    </message>
    <message>
        <source>Registering the patient…</source>
        <translation>جارٍ تسجيل المريض…</translation>
    </message>
    <message>
        <source>Patients already registered with the same name and date of birth: %1. Search the patient list before registering a second record for the same person.</source>
        <translation>مرضى مسجلون من قبل بالاسم وتاريخ الميلاد نفسيهما: %1. ابحث في قائمة المرضى قبل تسجيل ملف ثانٍ للشخص نفسه.</translation>
    </message>
    <message>
        <source>Kiosk PIN</source>
        <translation>رمز PIN للكشك</translation>
    </message>
    <message>
        <source>Kiosk PIN again</source>
        <translation>تأكيد رمز PIN للكشك</translation>
    </message>
    <message>
        <source>Kiosk PIN (optional)</source>
        <translation>رمز PIN للكشك (اختياري)</translation>
    </message>
    <message>
        <source>Kiosk P&amp;IN:</source>
        <translation>رمز PIN للكشك: (&amp;I)</translation>
    </message>
    <message>
        <source>6 to 8 digits; the patient can change it at the kiosk. Leave empty to set it later.</source>
        <translation>من 6 إلى 8 أرقام؛ يمكن للمريض تغييره في الكشك. اتركه فارغًا لتعيينه لاحقًا.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>رمزا PIN مختلفان.</translation>
    </message>
    <message>
        <source>%1 %2 is registered with MRN %3, but the kiosk PIN was not set: %4 Set it from the Access tab of the patient&apos;s chart.</source>
        <translation>تم تسجيل %1 %2 برقم الملف %3، لكن لم يُعيَّن رمز PIN للكشك: %4 عيّنه من تبويب «الوصول» في ملف المريض.</translation>
    </message>
    <message>
        <source>PIN agai&amp;n:</source>
        <translation>تأكيد رمز PIN: (&amp;N)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>careledger::ui::SessionController</name>
    <message>
        <source>No clinic data was found in this folder. Create it with “careledger-admin init”, or start CareLedger with --demo to try it with demo accounts.</source>
        <translation>لم يُعثر على بيانات عيادة في هذا المجلد. أنشئها باستخدام «careledger-admin init»، أو شغّل CareLedger مع الخيار --demo لتجربته بحسابات تجريبية.</translation>
    </message>
    <message>
        <source>This workstation is set to be the patient kiosk: an administrator signs in to open it.</source>
        <translation>محطة العمل هذه مهيأة لتكون كشك المرضى: يسجّل المسؤول الدخول لفتحه.</translation>
    </message>
    <message>
        <source>The patient kiosk cannot be opened: %1</source>
        <translation>لا يمكن فتح كشك المرضى: %1</translation>
    </message>
</context>
<context>
    <name>careledger::ui::SetPinDialog</name>
    <message>
        <source>Set kiosk PIN</source>
        <translation>تعيين رمز PIN للكشك</translation>
    </message>
    <message>
        <source>With the record number and this PIN, %1 can sign in at the patient kiosk to see their prescriptions and who may see their record. Tell the patient the PIN in person; they can change it at the kiosk.</source>
        <translation>برقم الملف ورمز PIN هذا، يمكن لـ %1 تسجيل الدخول في كشك المرضى لرؤية وصفاته ومن يمكنه رؤية ملفه. أبلغ المريض برمز PIN شخصيًا؛ ويمكنه تغييره في الكشك.</translation>
    </message>
    <message>
        <source>&amp;Set PIN</source>
        <translation>تعيين رمز PIN (&amp;S)</translation>
    </message>
    <message>
        <source>Checking whether the patient has a PIN…</source>
        <translation>جارٍ التحقق مما إذا كان للمريض رمز PIN…</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>رمز PIN الجديد</translation>
    </message>
    <message>
        <source>New PIN again</source>
        <translation>تأكيد رمز PIN الجديد</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>رمز PIN الجديد: (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>مرة أخرى: (&amp;A)</translation>
    </message>
    <message>
        <source>6 to 8 digits; not all the same digit and not a run such as 123456.</source>
        <translation>من 6 إلى 8 أرقام؛ ليست كلها الرقم نفسه وليست متتالية مثل 123456.</translation>
    </message>
    <message>
        <source>The two PINs differ.</source>
        <translation>رمزا PIN مختلفان.</translation>
    </message>
    <message>
        <source>The patient has a PIN. A new one replaces it.</source>
        <translation>للمريض رمز PIN. سيحل الرمز الجديد محله.</translation>
    </message>
    <message>
        <source>The patient has no PIN yet.</source>
        <translation>ليس للمريض رمز PIN بعد.</translation>
    </message>
    <message>
        <source>Setting the PIN…</source>
        <translation>جارٍ تعيين رمز PIN…</translation>
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
    <name>careledger::ui::VerifyCodeDialog</name>
    <message>
        <source>Verify prescription code</source>
        <translation>التحقق من رمز وصفة</translation>
    </message>
    <message>
        <source>Type the code printed in the box of a patient&apos;s prescription. It tells whether the page shows the prescription as it stands now on this clinic&apos;s ledger.</source>
        <translation>اكتب الرمز المطبوع في إطار وصفة المريض. يبيّن ما إذا كانت الصفحة تعرض الوصفة كما هي الآن في دفتر سجل هذه العيادة.</translation>
    </message>
    <message>
        <source>&amp;Check code</source>
        <translation>التحقق من الرمز (&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>رمز التحقق</translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation>الرمز: (&amp;O)</translation>
    </message>
    <message>
        <source>Type the code printed on the prescription.</source>
        <translation>اكتب الرمز المطبوع على الوصفة.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>جارٍ التحقق من الرمز…</translation>
    </message>
    <message>
        <source>Valid: the page shows the current prescription.</source>
        <translation>صالح: تعرض الصفحة الوصفة الحالية.</translation>
    </message>
    <message>
        <source>Superseded: the prescription was changed after this page was printed.</source>
        <translation>مُستبدَل: عُدّلت الوصفة بعد طباعة هذه الصفحة.</translation>
    </message>
    <message>
        <source>Unknown: no prescription on this workstation has this code.</source>
        <translation>غير معروف: لا توجد وصفة على محطة العمل هذه بهذا الرمز.</translation>
    </message>
    <message>
        <source>Damaged: the stored prescription does not match the ledger. Tell a clinic administrator.</source>
        <translation>تالف: الوصفة المخزنة لا تطابق دفتر السجل. أبلغ أحد مسؤولي العيادة.</translation>
    </message>
    <message>
        <source>Prescription: %1 %2, %3 %4, %5.</source>
        <translation>الوصفة: %1 %2، %3 %4، %5.</translation>
    </message>
    <message>
        <source>Patient record number: %1</source>
        <translation>رقم ملف المريض: %1</translation>
    </message>
    <message>
        <source>Printed from version %1; the current version is %2.</source>
        <translation>طُبعت من الإصدار %1؛ والإصدار الحالي هو %2.</translation>
    </message>
    <message>
        <source>Status now: %1</source>
        <translation>الحالة الآن: %1</translation>
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
    <name>careledger::ui::VitalTileWidget</name>
    <message>
        <source>Blood pressure</source>
        <translation>ضغط الدم</translation>
    </message>
    <message>
        <source>No reading</source>
        <translation>لا قراءة</translation>
    </message>
    <message>
        <source>%1 priority</source>
        <translation>أولوية %1</translation>
    </message>
    <message>
        <source>Sensor off</source>
        <translation>المستشعر مفصول</translation>
    </message>
    <message>
        <source>%1, sensor off</source>
        <translation>%1، المستشعر مفصول</translation>
    </message>
    <message>
        <source>Device silent</source>
        <translation>الجهاز صامت</translation>
    </message>
    <message>
        <source>%1, device silent</source>
        <translation>%1، الجهاز صامت</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
</context>
<context>
    <name>careledger::ui::VitalTrendChart</name>
    <message>
        <source>%1: normal range</source>
        <extracomment>Legend and accessible name of the shaded normal range of a vital sign (&quot;Heart rate: normal range&quot;)</extracomment>
        <translation>%1: النطاق الطبيعي</translation>
    </message>
    <message>
        <source>%1: abnormal</source>
        <extracomment>Legend of the red dots on a trend chart (&quot;Heart rate: abnormal&quot;)</extracomment>
        <translation>%1: غير طبيعي</translation>
    </message>
    <message>
        <source>No readings in this period.</source>
        <translation>لا قراءات في هذه الفترة.</translation>
    </message>
    <message>
        <source>%1 abnormal readings: the lowest and highest of each pixel column are marked.</source>
        <translation>قراءات غير طبيعية: %1؛ وُضعت علامة على أدنى وأعلى قراءة في كل عمود من البكسلات.</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <extracomment>Trend chart tooltip: time, then sign name and value with unit</extracomment>
        <translation>%1
%2: %3</translation>
    </message>
</context>
<context>
    <name>careledger::ui::VitalTrendPanel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>vital sign name, unit</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Vital sign trends</source>
        <translation>اتجاهات العلامات الحيوية</translation>
    </message>
    <message>
        <source>Show the last:</source>
        <translation>عرض آخر:</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>يوم (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>أسبوع (&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>شهر (&amp;M)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>إعادة التحميل (&amp;L)</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>إعدادات التنبيه</translation>
    </message>
    <message>
        <source>Blood pressure (%1)</source>
        <extracomment>Chart title for systolic and diastolic pressure together</extracomment>
        <translation>ضغط الدم (%1)</translation>
    </message>
    <message>
        <source>Loading the readings…</source>
        <translation>جارٍ تحميل القراءات…</translation>
    </message>
    <message>
        <source>The readings cannot be shown: %1</source>
        <translation>لا يمكن عرض القراءات: %1</translation>
    </message>
    <message>
        <source>Alert rules: %1, SpO2 scale %2.</source>
        <translation>قواعد التنبيه: %1، مقياس SpO2 رقم %2.</translation>
    </message>
    <message>
        <source>%1: below %2 or above %3 (%4)</source>
        <extracomment>Per-patient limit: sign, low limit, high limit, priority (&quot;Heart rate: below 45 /min or above 120 /min (High)&quot;)</extracomment>
        <translation>%1: أقل من %2 أو أعلى من %3 (%4)</translation>
    </message>
    <message>
        <source>%1: below %2 (%3)</source>
        <translation>%1: أقل من %2 (%3)</translation>
    </message>
    <message>
        <source>%1: above %2 (%3)</source>
        <translation>%1: أعلى من %2 (%3)</translation>
    </message>
    <message>
        <source>No per-patient limits: the profile&apos;s limits apply to every sign.</source>
        <translation>لا حدود خاصة بالمريض: تنطبق حدود مجموعة القواعد على كل علامة.</translation>
    </message>
    <message>
        <source>Alert &amp;limits…</source>
        <translation>حدود التنبيه… (&amp;L)</translation>
    </message>
    <message>
        <source>Alert limits…</source>
        <translation>حدود التنبيه…</translation>
    </message>
    <message>
        <source>Saving the alert limits…</source>
        <translation>جارٍ حفظ حدود التنبيه…</translation>
    </message>
</context>
<context>
    <name>careledger::ui::WardTableModel</name>
    <message>
        <source>Device %1</source>
        <translation>الجهاز %1</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) not resolved</source>
        <translation>
            <numerusform>لا تنبيهات غير منتهية</numerusform>
            <numerusform>تنبيه واحد غير منتهٍ</numerusform>
            <numerusform>تنبيهان غير منتهيين</numerusform>
            <numerusform>%n تنبيهات غير منتهية</numerusform>
            <numerusform>%n تنبيهًا غير منتهٍ</numerusform>
            <numerusform>%n تنبيه غير منتهٍ</numerusform>
        </translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (off)</source>
        <translation>%1 (مفصول)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>المريض</translation>
    </message>
    <message>
        <source>MRN</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>الجهاز</translation>
    </message>
    <message>
        <source>NEWS2</source>
        <translation>درجة NEWS2</translation>
    </message>
    <message>
        <source>HR /min</source>
        <translation>النبض /min</translation>
    </message>
    <message>
        <source>SpO2 %</source>
        <translation>تشبع SpO2 %</translation>
    </message>
    <message>
        <source>RR /min</source>
        <translation>التنفس /min</translation>
    </message>
    <message>
        <source>Temp °C</source>
        <translation>الحرارة °C</translation>
    </message>
    <message>
        <source>BP mmHg</source>
        <translation>الضغط mmHg</translation>
    </message>
    <message>
        <source>Last reading</source>
        <translation>آخر قراءة</translation>
    </message>
    <message>
        <source>Highest alert</source>
        <translation>أعلى تنبيه</translation>
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
    <message>
        <source>Open the patient kiosk as soon as an administrator signs in.</source>
        <translation>فتح كشك المرضى فور تسجيل دخول المسؤول.</translation>
    </message>
    <message>
        <source>The demo gateway simulator was not found; live vitals stay empty.</source>
        <translation>لم يُعثر على محاكي البوابة التجريبية؛ ستبقى العلامات الحيوية المباشرة فارغة.</translation>
    </message>
</context>
</TS>
