### NEEDS REVIEW by the ITU language services (Arabic section): written by the stratrack developers,
### not taken from an official ITU text. Remove this mark, message by message or for the whole file,
### once the language services have reviewed the text (docs/I18N.md).
### Plurals follow CLDR for Arabic, six forms: zero (0), one (1), two (2), few (3–10, 103–110…),
### many (11–99, 111–199…), other (100–102, 200–202…).

## Layout: on every page

layout-skip = انتقل إلى المحتوى
layout-nav = القائمة الرئيسية
layout-notices = الإشعارات
layout-unread = { $count ->
    [zero] لا توجد إشعارات غير مقروءة
    [one] إشعار واحد غير مقروء
    [two] إشعاران غير مقروءين
    [few] { $count } إشعارات غير مقروءة
    [many] { $count } إشعارًا غير مقروء
   *[other] { $count } إشعار غير مقروء
}
layout-account = الحساب
layout-logout = تسجيل الخروج
layout-plan = الخطة
layout-year = السنة
layout-show = عرض
layout-language = اللغة
layout-footer = stratrack: الخطة الاستراتيجية ونتائجها والتقرير السنوي المقدم إلى المجلس

nav-dashboard = لوحة المتابعة
nav-framework = إطار النتائج
nav-compare = مقارنة السنوات
nav-entry = إدخال البيانات
nav-approvals = الموافقات
nav-collection = جمع البيانات
nav-periods = الفترات
nav-plans = الخطط
nav-finance = المالية
nav-operations = العمليات
nav-risks = المخاطر
nav-reports = التقارير
nav-questions = الأسئلة
nav-audit = سجل التدقيق
nav-users = المستخدمون

role-admin = مدير النظام
role-planner = مخطط
role-reviewer = مراجع

## Login and account

login-title = تسجيل الدخول
login-heading = تسجيل الدخول إلى stratrack
login-email = البريد الإلكتروني
login-password = كلمة المرور
login-submit = دخول
login-expired = انتهت صلاحية نموذج الدخول هذا أو لم يصدر عن هذا الموقع. يرجى تسجيل الدخول مرة أخرى.
login-wrong = البريد الإلكتروني أو كلمة المرور غير صحيحة.
login-throttled = { $minutes ->
    [zero] رُفض الدخول: محاولات فاشلة كثيرة. حاول مرة أخرى الآن.
    [one] رُفض الدخول: محاولات فاشلة كثيرة. حاول مرة أخرى بعد دقيقة واحدة.
    [two] رُفض الدخول: محاولات فاشلة كثيرة. حاول مرة أخرى بعد دقيقتين.
    [few] رُفض الدخول: محاولات فاشلة كثيرة. حاول مرة أخرى بعد { $minutes } دقائق.
    [many] رُفض الدخول: محاولات فاشلة كثيرة. حاول مرة أخرى بعد { $minutes } دقيقة.
   *[other] رُفض الدخول: محاولات فاشلة كثيرة. حاول مرة أخرى بعد { $minutes } دقيقة.
}

account-title = الحساب
account-heading = حسابك
account-role = الدور: { $role }
account-tokens = رموز واجهة البرمجة
account-password-heading = تغيير كلمة المرور
account-current = كلمة المرور الحالية
account-new = كلمة المرور الجديدة (12 حرفًا على الأقل)
account-submit = تغيير كلمة المرور
account-changed = تم تغيير كلمة المرور.
account-must-change = يرجى اختيار كلمة مرور جديدة.

## Error pages

error-back = العودة إلى لوحة المتابعة
error-internal = حدث خطأ في الخادم، وقد سُجّل.
error-unavailable = لا تستطيع قاعدة البيانات حفظ هذا أو قراءته الآن، ولم يُحفظ شيء. حاول مرة أخرى بعد قليل.
error-csrf = انتهت صلاحية النموذج أو لم يصدر عن هذا الموقع؛ أعد تحميل الصفحة وحاول مرة أخرى.
error-method = هذا العنوان لا يقبل هذا النوع من الطلبات.
error-language = لا توجد واجهة بهذه اللغة.

## Problem documents

problem-not_found = غير موجود
problem-validation_failed = طلب غير صالح
problem-bad_request = طلب غير سليم
problem-conflict = تعارض
problem-version_mismatch = إصدار قديم
problem-period_locked = الفترة مقفلة
problem-too_large = الطلب كبير جدًا
problem-unsupported_media_type = نوع محتوى غير مدعوم
problem-throttled = محاولات كثيرة جدًا
problem-unauthenticated = يلزم تسجيل الدخول
problem-forbidden = غير مسموح
problem-database_unavailable = الخدمة غير متاحة
problem-password_change_required = يلزم تغيير كلمة المرور
problem-internal = خطأ داخلي في الخادم

problem-internal-detail = حدث خطأ في الخادم، وقد سُجّل
problem-database_unavailable-detail = لا تستطيع قاعدة البيانات حفظ هذا أو قراءته الآن، ولم يُحفظ شيء من الطلب؛ حاول مرة أخرى بعد قليل
problem-unauthenticated-detail = يلزم تسجيل الدخول
problem-password_change_required-detail = يجب عليك أولًا تغيير كلمة المرور (POST /api/v1/auth/password)
problem-too_large-detail = يتجاوز متن الطلب { $limit } بايت

## Statuses and levels

status-achieved = تحقق
status-on_track = على المسار الصحيح
status-at_risk = معرض للخطر
status-off_track = خارج المسار
status-no_data = لا توجد بيانات

level-goal = هدف
level-thematic_priority = أولوية مواضيعية
level-enabler = عامل تمكين
level-target = غاية
level-outcome = حصيلة
level-output = ناتج

## Why an indicator has no data: the status rule's reasons (area `nodata`; `status::Assessment::reason_in`)

nodata-no-baseline = لا يوجد خط أساس
nodata-no-target = لا توجد غاية
nodata-no-value = لا توجد قيمة معتمدة لعام { $year }
nodata-too-old = أحدث قيمة معتمدة من عام { $from }، وهي أقدم من أقصى عمر تقبله الخطة ({ $years ->
    [zero] { $years } سنة
    [one] سنة واحدة
    [two] سنتان
    [few] { $years } سنوات
    [many] { $years } سنة
   *[other] { $years } سنة
})
nodata-bad-quarter = الربع { $quarter } من عام { $year } ليس بين 1 و4
nodata-no-ratio-parts = قيمة الربع { $quarter } من عام { $year } ليس لها بسط ولا مقام، وهما لازمان لمؤشر النسبة
nodata-zero-denominators = مجموع مقامات عام { $year } يساوي 0، فلا قيمة للنسبة

nodata-few-points = أقل من { $min } نقطة (لا توجد قيمة سنوية معتمدة بعد سنة خط الأساس { $year })
nodata-too-large = القيم أكبر من أن تُسقط بدقة

## Dashboard

dashboard-title = لوحة المتابعة { $year }
dashboard-status-of = { $total ->
    [zero] حالة المؤشرات (لا يوجد أي مؤشر)
    [one] حالة مؤشر واحد
    [two] حالة مؤشرين
    [few] حالة { $total } مؤشرات
    [many] حالة { $total } مؤشرًا
   *[other] حالة { $total } مؤشر
}
dashboard-compare = قارن { $year } بعام { $previous }: كيف تغيرت كل حالة
dashboard-basis-none = لم تُقيَّم أي حالة لعام { $year } بعد: لا توجد قيمة معتمدة لعام { $year } ولا لعام يجوز أن يحل محله.
dashboard-basis-all = { $rated ->
    [zero] لا توجد حالات مقيَّمة لعام { $year }.
    [one] تستند الحالة المقيَّمة الوحيدة إلى قيمة من عام { $year } نفسه.
    [two] تستند الحالتان المقيَّمتان إلى قيم من عام { $year } نفسه.
    [few] تستند الحالات المقيَّمة الـ{ $rated } كلها إلى قيم من عام { $year } نفسه.
    [many] تستند الحالات المقيَّمة البالغ عددها { $rated } حالةً كلها إلى قيم من عام { $year } نفسه.
   *[other] تستند الحالات المقيَّمة البالغ عددها { $rated } حالة كلها إلى قيم من عام { $year } نفسه.
}
dashboard-basis-mixed = { $rated ->
    [zero] من بين الحالات المقيَّمة،
    [one] من بين حالة مقيَّمة واحدة،
    [two] من بين حالتين مقيَّمتين،
    [few] من بين { $rated } حالات مقيَّمة،
    [many] من بين { $rated } حالةً مقيَّمة،
   *[other] من بين { $rated } حالة مقيَّمة،
} { $own ->
    [zero] لا تستند أي حالة
    [one] تستند حالة واحدة
    [two] تستند حالتان
    [few] تستند { $own } حالات
    [many] تستند { $own } حالةً
   *[other] تستند { $own } حالة
} إلى قيم من عام { $year } نفسه، و{ $standing } إلى قيمة أقدم تحل محلها ({ $years }).
dashboard-basis-from = { $count } من عام { $year }
dashboard-list-separator = {"، "}
dashboard-collection = جمع بيانات عام { $year }
dashboard-dates-unset = لم تُحدَّد بعد مواعيد جمع بيانات عام { $year }.
dashboard-due-region = المطلوب لعام { $year }
dashboard-due-caption = المطلوب لعام { $year }، وموعده، وما تأخر منه
dashboard-unit = الوحدة
dashboard-opens = يبدأ
dashboard-due = الموعد النهائي
dashboard-to-submit = المتبقي للتقديم
dashboard-returned-col = المعاد
dashboard-overdue-col = المتأخر
dashboard-complete = المكتمل
dashboard-overdue = متأخر: { $count }
dashboard-not-set = غير محدد
dashboard-board = لوحة اكتمال جمع بيانات عام { $year }
dashboard-goals = حسب الهدف والأولوية المواضيعية
dashboard-goals-region = عدد الحالات حسب الهدف والأولوية المواضيعية وعامل التمكين
dashboard-goals-caption = عدد الحالات حسب الهدف والأولوية المواضيعية وعامل التمكين لعام { $year }
dashboard-code = الرمز
dashboard-name = الاسم
dashboard-progress = متوسط التقدم
dashboard-budget = الميزانية مقابل الإنفاق الفعلي حسب الوحدة، { $year } (بآلاف الفرنكات السويسرية)
dashboard-budget-region = الميزانية مقابل الإنفاق الفعلي حسب الوحدة
dashboard-budget-caption = ميزانية النفقات في الخطة المالية والتنفيذ الفعلي
dashboard-budget-col = الميزانية
dashboard-actual = الفعلي
dashboard-rate = معدل التنفيذ
dashboard-attention = يحتاج إلى متابعة
dashboard-waiting = { $count ->
    [zero] لا توجد قيم مقدمة بانتظار الموافقة
    [one] قيمة مقدمة واحدة بانتظار الموافقة
    [two] قيمتان مقدمتان بانتظار الموافقة
    [few] { $count } قيم مقدمة بانتظار الموافقة
    [many] { $count } قيمةً مقدمة بانتظار الموافقة
   *[other] { $count } قيمة مقدمة بانتظار الموافقة
}
dashboard-attention-region = المؤشرات التي تحتاج إلى متابعة
dashboard-attention-caption = المؤشرات الخارجة عن المسار أو المعرضة للخطر أو القديمة البيانات أو التي لا بيانات لها في عام { $year }
dashboard-indicator = المؤشر
dashboard-owner = الجهة المسؤولة
dashboard-status = الحالة
dashboard-why = السبب
dashboard-why-progress = التقدم { $progress }
dashboard-why-progress-stale = التقدم { $progress }، قيمة من عام { $year }
dashboard-why-stale = قديمة: آخر قيمة من عام { $year }
dashboard-returned = أُعيدت إليك
dashboard-returned-region = القيم التي أُعيدت إليك مع ملاحظاتها
dashboard-returned-caption = { $count ->
    [zero] لا توجد قيم معادة
    [one] قيمة واحدة أُعيدت مع ملاحظة: صحّحها وقدّمها مرة أخرى
    [two] قيمتان أُعيدتا مع ملاحظة: صحّحهما وقدّمهما مرة أخرى
    [few] { $count } قيم أُعيدت مع ملاحظة: صحّحها وقدّمها مرة أخرى
    [many] { $count } قيمةً أُعيدت مع ملاحظة: صحّحها وقدّمها مرة أخرى
   *[other] { $count } قيمة أُعيدت مع ملاحظة: صحّحها وقدّمها مرة أخرى
}
dashboard-value = القيمة
dashboard-figure = الرقم
dashboard-note = الملاحظة
dashboard-returned-by = أعادها

## Words of the yearly collection: a value's state and quality

state-none = لا توجد قيمة
state-draft = مسودة
state-submitted = مقدمة
state-returned = معادة
state-approved = معتمدة
quality-provisional = مؤقتة
quality-estimated = تقديرية
quality-final = نهائية

## The pager under long lists, and a refused form's problems (shared by many pages)

pager-label = صفحات القائمة: { $what }
pager-total = { $what }: { $total } — الصفحة { $page } من { $pages }
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
pager-indicators = المؤشرات
pager-revisions = التنقيحات
pager-items = البنود
pager-users = المستخدمون
pager-entries = القيود
pager-mandates = الولايات
pager-questions = الأسئلة
pager-risks = المخاطر
problems-nothing-saved = لم يُحفظ أي شيء.
problems-correct = يرجى تصحيح ما يلي:

## Entry grid

entry-title = إدخال البيانات { $year }
entry-heading = إدخال البيانات — { $year }
entry-intro = المؤشرات التي تتولاها وحدتك. اكتب القيم واحفظها كمسودات وحدد القيم المراد تقديمها للموافقة. تُصحَّح القيم المقدمة والمعتمدة في صفحتها الخاصة.
entry-intro-admin = المؤشرات التي تتولاها وحدتك (بصفتك مكتب الأمين العام: جميع الوحدات، أو الوحدة المختارة). اكتب القيم واحفظها كمسودات وحدد القيم المراد تقديمها للموافقة. تُصحَّح القيم المقدمة والمعتمدة في صفحتها الخاصة.
entry-tally-saved = عدد القيم المحفوظة: { $count }
entry-tally-submitted = {" "}(منها { $count } مقدمة للموافقة)
entry-tally-refused = { $count ->
    [zero] ، لم يُحفظ أي صف
    [one] ، لم يُحفظ صف واحد: انظر الصف
    [two] ، لم يُحفظ صفان: انظر الصفين
    [few] ، لم تُحفظ { $count } صفوف: انظر الصفوف
    [many] ، لم يُحفظ { $count } صفًا: انظر الصفوف
   *[other] ، لم يُحفظ { $count } صف: انظر الصفوف
}
entry-imported = عدد القيم المستوردة بحالة «{ $state }»: { $count }
entry-first-refused = أول صف لم يُحفظ: { $code }
entry-code-not-saved = { $code }: لم يُحفظ:
entry-filters-not-applied = لم تُطبَّق عوامل التصفية:
entry-not-imported = { $count ->
    [zero] لم يُستورد الملف.
    [one] لم يُستورد الملف: مشكلة واحدة.
    [two] لم يُستورد الملف: مشكلتان.
    [few] لم يُستورد الملف: { $count } مشكلات.
    [many] لم يُستورد الملف: { $count } مشكلةً.
   *[other] لم يُستورد الملف: { $count } مشكلة.
}
entry-see-lines = اعرضها سطرًا سطرًا
entry-filters = البحث في المؤشرات وتصفيتها
entry-org-unit = الوحدة التنظيمية
entry-all-units = جميع الوحدات
entry-quarter-label = الربع (المؤشرات الربعية)
entry-quarter = الربع { $quarter }
entry-search = البحث بالرمز أو الاسم
entry-state = الحالة
entry-any = أي
entry-node = الهدف أو الأولوية
entry-has-value = له قيمة
entry-either = أيهما
entry-yes = نعم
entry-no = لا
entry-per-page = لكل صفحة
entry-show = عرض
entry-match = عدد المؤشرات المطابقة: { $count }.
entry-match-of = عدد المؤشرات المطابقة: { $count } من { $all }.
entry-match-showing = عدد المؤشرات المطابقة: { $count }؛ المعروض { $first }–{ $last }، الصفحة { $page } من { $pages }.
entry-match-of-showing = عدد المؤشرات المطابقة: { $count } من { $all }؛ المعروض { $first }–{ $last }، الصفحة { $page } من { $pages }.
entry-values-of = قيم عام { $year }
entry-grid-region = جدول الإدخال، { $year }
entry-caption = المؤشرات وقيمها لعام { $year }
entry-col-submit = تقديم
entry-col-indicator = المؤشر
entry-col-uom = وحدة القياس
entry-col-baseline = خط الأساس
entry-col-expected = المتوقع { $year }
entry-col-approved = المعتمد { $year }
entry-col-value = القيمة
entry-col-state = الحالة والجودة
entry-col-narrative = الشرح والدليل
entry-submit-code = تقديم { $code }
entry-milestone = المعلم المرحلي { $value }
entry-numerator = البسط
entry-denominator = المقام
entry-value-of = قيمة { $code }
entry-not-saved = لم يُحفظ:
entry-quality-of = جودة { $code }
entry-returned = معادة:
entry-counting = تظل القيمة المعتمدة { $value } (التنقيح { $revision }) محتسبة إلى أن يُعتمد التصحيح
entry-history = السجل
entry-revise = تصحيح
entry-of = لـ { $code }
entry-breakdown = التصنيف حسب الجنس أو المنطقة ({ $count })
entry-narrative-of = شرح { $code }
entry-evidence-of = رابط دليل { $code }
entry-evidence = الدليل
entry-save = حفظ القيم (وتقديم القيم المحددة)
entry-upload-h = تحميل دفعة (CSV أو مصنف Excel)
entry-upload-header = الترويسة: indicator_code, year, quarter, disaggregation, value, numerator, denominator, quality, narrative, evidence_url (الخطة { $plan }). تُحفظ جميع الصفوف أو لا يُحفظ أي منها.
entry-templates = نماذج لوحدتك ولعام { $year }، معبأة مسبقًا بمؤشراتك:
entry-csv-template = نموذج CSV
entry-xlsx-template = نموذج Excel
entry-file = ملف CSV أو مصنف Excel (.xlsx)
entry-upload-submit = تقديم القيم للموافقة
entry-upload = تحميل
entry-not-imported-caption = { $count ->
    [zero] لم يُستورد الملف
    [one] لم يُستورد الملف: مشكلة واحدة
    [two] لم يُستورد الملف: مشكلتان
    [few] لم يُستورد الملف: { $count } مشكلات
    [many] لم يُستورد الملف: { $count } مشكلةً
   *[other] لم يُستورد الملف: { $count } مشكلة
}
entry-line = السطر (CSV) أو الصف (المصنف)
entry-column = العمود
entry-reason = السبب
problems-see-fields = انظر الحقول أدناه.

## One indicator's entry form, and one value's page

entry-saved-draft = حُفظ { $code } كمسودة
entry-submitted = قُدِّم { $code } للموافقة
entry-value-not-saved = لم تُحفظ القيمة:
entry-nothing-saved = لم يُحفظ أي شيء:
entry-form-title = إدخال { $code }
entry-form-unit = الوحدة: { $unit }
entry-form-direction = الاتجاه
entry-form-ratio-hint = أدخل البسط والمقام
entry-form-decimal-hint = عدد عشري دقيق بنقطة، مثل 12.5
entry-form-year = السنة
entry-form-quarter = الربع (فارغ للسنة كاملة)
entry-form-whole-year = السنة كاملة
entry-form-dimension = { $dimension } (فارغ للمجموع)
entry-total = المجموع
entry-form-quality = الجودة
entry-form-narrative = الشرح
entry-form-evidence = رابط الدليل (عنوان ويب)
entry-form-save-draft = حفظ المسودة
entry-form-save-submit = الحفظ والتقديم للموافقة
entry-form-values-h = قيم { $code }
entry-form-values-caption = المسودات والقيم المقدمة والقيم المعتمدة
entry-form-period = الفترة
entry-form-breakdown = التصنيف
entry-form-note = ملاحظة المراجعة
entry-form-actions = الإجراءات
entry-form-correct = تصحيح
entry-form-of-value = للقيمة { $id }
entry-form-value-id = القيمة { $id }
entry-value-title = قيمة { $code } { $period }
entry-value-uom = وحدة القياس
entry-value-state = الحالة
entry-value-revision-n = التنقيح { $revision }
entry-value-revision = { $value } (التنقيح { $revision })
entry-returned-on = أُعيدت في { $at }:
entry-value-counting = تظل القيمة المعتمدة { $value } محتسبة في التقارير إلى أن يُعتمد التصحيح.
entry-value-pending = يوجد تصحيح قيد الانتظار:
entry-value-correct = تصحيح القيمة
entry-value-revise = تنقيح القيمة المعتمدة
entry-value-revise-hint = التصحيح تنقيح جديد؛ تظل القيمة المعتمدة قابلة للاطلاع ومحتسبة إلى أن يُعتمد التصحيح.
entry-value-reason = سبب التصحيح (مطلوب)
entry-value-waits = لا تُغيَّر هذه القيمة المقدمة هنا: إنها بانتظار الموافقة أو الإعادة.
entry-value-locked = لا تُغيَّر هذه القيمة ({ $state }) هنا: سنتها مقفلة.
entry-value-read-only = لا تُغيَّر هذه القيمة ({ $state }) هنا.
entry-value-revisions-region = تنقيحات القيمة
entry-value-revisions-caption = تنقيحات { $code } { $period }
entry-value-revision-col = التنقيح
entry-value-this-one = { $revision } (هذا التنقيح)
entry-value-steps-region = الخطوات المتخذة بشأن القيمة
entry-value-steps-caption = كل خطوة: من، ومتى، والملاحظة
entry-value-when = متى (التوقيت العالمي)
entry-value-who = من
entry-value-step = الخطوة
entry-value-note = الملاحظة أو السبب
entry-value-back = العودة إلى جدول الإدخال
entry-correction-saved = حُفظ تصحيح { $code } كتنقيح { $revision } (مسودة)
entry-correction-submitted = قُدِّم تصحيح { $code } (التنقيح { $revision }) للموافقة
entry-step-entered = أُدخلت
entry-step-edited = عُدِّلت
entry-step-submitted = قُدِّمت
entry-step-returned = أُعيدت
entry-step-approved = اعتُمدت
entry-step-revised = نُقِّحت
entry-step-superseded = استُبدلت
entry-step-deleted = حُذفت

## Approval queue

approvals-title = الموافقات
approvals-heading = قائمة انتظار الموافقة
approvals-filters = تصفية قائمة انتظار الموافقة
approvals-every-year = كل السنوات
approvals-unit = الوحدة
approvals-every-unit = كل الوحدات
approvals-search = البحث عن مؤشر
approvals-filter = تصفية
approvals-elsewhere = قيم تنتظر أيضًا في خطط أو سنوات أخرى:
approvals-scope-year = { $plan } { $year }
approvals-scope-every = { $plan } في كل السنوات
approvals-scope-unit = { $scope }، الوحدة { $unit }
approvals-none-waiting = لا توجد قيمة من { $scope } بانتظار الموافقة.
approvals-none-waiting-from = لا توجد قيمة من { $scope } مقدمة من { $unit } بانتظار الموافقة.
approvals-none-matching = لا توجد قيمة من { $scope } تطابق «{ $q }» بانتظار الموافقة.
approvals-none-matching-from = لا توجد قيمة من { $scope } مقدمة من { $unit } تطابق «{ $q }» بانتظار الموافقة.
approvals-region = القيم المقدمة مع سياقها
approvals-caption = { $count ->
    [zero] لا توجد قيم مقدمة من { $scope }
    [one] قيمة مقدمة واحدة من { $scope }
    [two] قيمتان مقدمتان من { $scope }
    [few] { $count } قيم مقدمة من { $scope }
    [many] { $count } قيمةً مقدمة من { $scope }
   *[other] { $count } قيمة مقدمة من { $scope }
}
pager-page = الصفحة { $page } من { $pages }
approvals-col-select = تحديد
approvals-col-change = التغير عن العام الماضي
approvals-col-expected = المتوقع والغاية
approvals-col-status = الحالة التي ستنتج عنها
approvals-col-entered = الإدخال والتقديم
approvals-col-return = الإعادة مع ملاحظة
approvals-select = تحديد { $what }
approvals-own = إدخالك أنت: يقرر فيه مدير آخر
approvals-none = لا شيء
approvals-last-year = العام الماضي { $previous }
approvals-replaces = التنقيح { $revision } يحل محل القيمة المعتمدة { $value } (التنقيح { $approved })، التي تظل محتسبة حتى ذلك الحين
approvals-expected = المتوقع { $value }
approvals-target = الغاية { $value }
approvals-target-by = { $value } بحلول { $year }
approvals-now = الآن: { $status }
approvals-breakdown-no-status = قيمة مصنفة: ليست لها حالة خاصة بها
approvals-entered = أُدخلت
approvals-submitted = قُدِّمت
approvals-note-for = ملاحظة لإعادة { $code } { $period }
approvals-return = إعادة
approvals-approve-selected = الموافقة على المحدد
approvals-return-selected = إعادة المحدد، كل قيمة مع ملاحظتها
approvals-pages = صفحات قائمة انتظار الموافقة
approvals-filter-not-applied = لم يُطبَّق عامل التصفية.
approvals-approved = { $count ->
    [zero] لم يُوافق على أي قيمة: { $values }
    [one] تمت الموافقة على قيمة واحدة: { $values }
    [two] تمت الموافقة على قيمتين: { $values }
    [few] تمت الموافقة على { $count } قيم: { $values }
    [many] تمت الموافقة على { $count } قيمةً: { $values }
   *[other] تمت الموافقة على { $count } قيمة: { $values }
}
approvals-returned = { $count ->
    [zero] لم تُعد أي قيمة: { $values }
    [one] أُعيدت قيمة واحدة: { $values }
    [two] أُعيدت قيمتان: { $values }
    [few] أُعيدت { $count } قيم: { $values }
    [many] أُعيدت { $count } قيمةً: { $values }
   *[other] أُعيدت { $count } قيمة: { $values }
}
approvals-select-one = حدد قيمة واحدة على الأقل.
approvals-nothing-changed = لم يُغيَّر أي شيء.
approvals-nothing-changed-because = لم يُغيَّر أي شيء:

## Collection calendar and completeness board (the dashboard's words Unit, Opens, Due, Complete, Overdue are shared)

collect-title = جمع البيانات { $year }
collect-heading = جمع بيانات عام { $year } — { $plan }
collect-completeness = الاكتمال
collect-explained = يُحتسب المؤشر حيث تقف أكثر قيمه تقدمًا لعام { $year } (تظل القيمة المعتمدة قيد التصحيح معتمدة). المكتمل يعني المقدم أو المعتمد. المتأخر: المؤشرات التي لا تزال بلا قيمة مقدمة بعد الموعد النهائي (في { $today }).
collect-region = الاكتمال حسب الوحدة، { $year }
collect-caption = المؤشرات المتوقعة من كل وحدة لعام { $year }، حسب حالة قيمها
collect-expected = المتوقع
collect-no-value = بلا قيمة
collect-draft = مسودة
collect-returned = معادة
collect-submitted = مقدمة
collect-approved = معتمدة
collect-all-units = جميع الوحدات
collect-own-dates = مواعيد خاصة
collect-none-expected = لا يُتوقع من وحدتك أي مؤشر من { $plan }.
collect-calendar = التقويم
collect-every-unit = المواعيد لجميع الوحدات
collect-opens-on = يبدأ جمع البيانات في
collect-due-on = موعد تقديم القيم
collect-save-dates = حفظ مواعيد عام { $year }
collect-own-h = الوحدات ذات المواعيد الخاصة
collect-own-explained = تتبع الوحدة التي لها مواعيد خاصة مواعيدها بدلًا من المواعيد أعلاه؛ امسحها لتعود إلى اتباع المواعيد أعلاه.
collect-units-caption = مواعيد جمع البيانات لكل وحدة لعام { $year }
collect-dates = المواعيد
collect-save-unit = حفظ { $unit }
collect-clear-unit = مسح { $unit }
collect-dates-are = يبدأ جمع بيانات عام { $year } في { $opens } وموعد التقديم { $due }.
collect-dates-are-unit = يبدأ جمع بيانات عام { $year } في { $opens } وموعد التقديم { $due }؛ ومواعيد وحدتك في الجدول أعلاه.
collect-dates-unset = لم يحدد مكتب الأمين العام بعد مواعيد جمع بيانات عام { $year }.
collect-dates-set = يبدأ جمع بيانات عام { $year } في { $opens } وموعد التقديم { $due } لجميع الوحدات التي ليست لها مواعيد خاصة.
collect-unit-dates-set = يبدأ جمع بيانات عام { $year } في { $opens } وموعد التقديم { $due } للوحدة { $unit }.
collect-unit-cleared = تعود { $unit } إلى اتباع مواعيد جمع البيانات لجميع الوحدات.

## Reporting periods: year locks and lock exceptions

periods-title = فترات الإبلاغ
periods-heading = فترات الإبلاغ — { $plan }
periods-explained = لا تقبل السنة المقفلة قيمًا جديدة ولا تغييرات في القيم. يتيح استثناء الإقفال لوحدة تنظيمية واحدة تغيير قيمها في سنة مقفلة حتى لحظة محددة (بالتوقيت العالمي)؛ وعند انتهائه أو إلغائه يعود الإقفال ساريًا على تلك الوحدة.
periods-years = السنوات
periods-years-region = سنوات { $plan } وإقفالها
periods-years-caption = سنوات { $plan }
periods-locked-on = أُقفلت في
periods-by = بواسطة
periods-locked = مقفلة
periods-open = مفتوحة
periods-exceptions = استثناءات الإقفال
periods-no-exception = لم يُمنح أي استثناء في { $plan }.
periods-exceptions-region = استثناءات الإقفال في { $plan }
periods-exceptions-caption = استثناءات الإقفال في { $plan }، الأقدم أولًا
periods-until = حتى (التوقيت العالمي)
periods-granted-col = المنح
periods-revoked-col = الإلغاء
exception-active = سارٍ
exception-ended = منتهٍ
exception-revoked = ملغى
periods-unrecorded-user = مستخدم غير مسجل
periods-granted-by = { $at } بواسطة { $who }
periods-revoked-by = { $at } بواسطة { $who }: { $note }
periods-lock-h = إقفال سنة أو فتحها
periods-lock-explained = اذكر السبب: تظهر الملاحظة في كل رفض ما دامت السنة مقفلة، وتُحفظ في سجل المراجعة.
periods-why-lock = سبب إقفال { $year }
periods-why-unlock = سبب فتح { $year }
periods-lock = إقفال { $year }
periods-unlock = فتح { $year }
periods-grant-h = منح استثناء من الإقفال
periods-year-locked = { $year } (مقفلة)
periods-until-hint = تاريخ ووقت في المستقبل، مثل 2029-04-01T00:00 (بالتوقيت العالمي) أو مع فارق توقيت، مثل 2029-04-01T02:00+02:00.
periods-grant = منح الاستثناء
periods-revoke-h = إلغاء استثناء
periods-revoke-which = { $unit } في { $year }، حتى { $until }
periods-why-revoke = سبب الإلغاء
periods-revoke = إلغاء استثناء { $unit }
periods-not-locked = لم تُقفل السنة
periods-not-unlocked = لم تُفتح السنة
periods-not-granted = لم يُمنح الاستثناء
periods-not-revoked = لم يُلغ الاستثناء
periods-locked-done = أُقفلت فترة الإبلاغ { $year } من { $plan }
periods-unlocked-done = فُتحت فترة الإبلاغ { $year } من { $plan }
periods-granted = يجوز لـ { $unit } تغيير قيم { $year } من { $plan } حتى { $until }
periods-revoked = أُلغي استثناء { $unit } لعام { $year } من { $plan }

## Questions from Council: the list, one thread, the ask form, the panel of an indicator's or a run's page

questions-title = أسئلة المجلس
questions-intro = أسئلة طرحها أعضاء المجلس بشأن { $plan }: بشأن مؤشر أو نتيجة أو قسم من تقرير منشور. يرد مكتب الأمين العام، أو يسند السؤال إلى الوحدة التي ترد. وتُدرج كل سلسلة في مرفق التقرير المجمّد التالي.
questions-status = الحالة
questions-any = أي حالة
questions-run = إصدار التقرير
questions-indicator = المؤشر
questions-filter = تصفية
questions-none-match = لا يوجد سؤال مطابق.
questions-list = الأسئلة، الأحدث تغييرًا أولًا
questions-col-question = السؤال
questions-col-about = الموضوع
questions-col-run = الإصدار
questions-col-asked-by = طرحه
questions-col-asked-on = تاريخ الطرح
questions-col-replies = الردود
questions-about-section = القسم: { $section }
questions-about-indicator = المؤشر { $code }
questions-about-node = النتيجة { $code }
questions-back-to-list = أسئلة المجلس
questions-thread = السؤال { $id }
questions-about = الموضوع
questions-of-run = إصدار التقرير
questions-answered-by = يجيب
questions-answered-by-unit = مخططو { $unit } ومكتب الأمين العام
questions-answered-by-office = مكتب الأمين العام
questions-messages = الرسائل
questions-reply-h = الرد
questions-reply-not-added = لم يُضف ردك.
questions-reply-problem = الرد:
questions-changed-meanwhile = غيّر شخص آخر هذا السؤال في الأثناء. وهو معروض أدناه كما هو الآن، مع الاحتفاظ بردك: اقرأه ثم أرسل ردك مرة أخرى.
questions-your-reply = ردك
questions-send-reply = إرسال الرد
questions-who-answers = من يجيب
questions-unit-replies = الوحدة التي يرد مخططوها
questions-office-answers = لا أحد: يجيب المكتب
questions-assign = إسناد
questions-reopen = إعادة فتح السؤال
questions-mark-answered = وضع علامة "تمت الإجابة"
questions-ask-h = طرح سؤال
questions-back = العودة إلى حيث كنت تطرح السؤال
questions-title-field = العنوان
questions-your-question = سؤالك
questions-ask = طرح السؤال
questions-not-sent = لم يُرسل سؤالك:
questions-none-here = لم يُطرح أي سؤال هنا بعد.
questions-asked = طُرح في { $day }
questions-replies = { $count ->
    [zero] لا ردود
    [one] رد واحد
    [two] ردان
    [few] { $count } ردود
    [many] { $count } ردًا
   *[other] { $count } رد
}
questions-section = قسم التقرير
questions-sent = أُرسل سؤالك { $id } إلى مكتب الأمين العام.
questions-reply-added = أُضيف ردك.
questions-assigned = أُسند السؤال { $id } إلى { $unit }.
questions-to-office = يجيب المكتب عن السؤال { $id }.
questions-now-open = السؤال { $id } مفتوح من جديد.
questions-now-answered = وُضعت على السؤال { $id } علامة "تمت الإجابة".
qstatus-open = مفتوح
qstatus-answered = تمت الإجابة
qsection-report = التقرير ككل
qsection-summary = الملخص التنفيذي
qsection-moves = المؤشرات التي تغيرت حالتها
qsection-goals = الغايات الاستراتيجية
qsection-priorities = الأولويات المواضيعية والعوامل التمكينية
qsection-finance = المالية
qsection-operations = التنفيذ التشغيلي
qsection-risks = المخاطر
qsection-breakdowns = التصنيف حسب الجنس والمنطقة
qsection-data-quality = جودة البيانات
qsection-annex = المرفق: قاعدة الحالة والعتبات
qsection-sheets = المرفق: البطاقات المرجعية للمؤشرات

## Year against year (the comparison page)

yoy-title = مقارنة { $a } و{ $b }
yoy-heading = سنة مقابل سنة
yoy-filters = السنوات والمرشحات
yoy-year-a = السنة أ
yoy-year-b = السنة ب
yoy-goal = الغاية
yoy-all = الكل
yoy-priority = الأولوية أو العامل التمكيني
yoy-unit = الوحدة
yoy-move = تغير الحالة
yoy-any = أي تغير
yoy-submit = مقارنة
yoy-moves-h = كيف تغيرت الحالات من { $a } إلى { $b }
yoy-moves-note = ترتيب الحالات: خارج المسار، معرض للخطر، على المسار الصحيح، تحقق. الانتقال إلى أعلى هذا الترتيب تحسن، وإلى أسفله تراجع. والمؤشر الذي لا بيانات له في إحدى السنتين إما قُيّم لأول مرة وإما لم يعد مقيّمًا.
yoy-indicators-h = المؤشرات
yoy-region = المؤشرات في { $a } و{ $b }
yoy-caption = المؤشرات في { $a } و{ $b }: { $count } بهذه المرشحات
yoy-col-indicator = المؤشر
yoy-col-actual = الفعلي { $year }
yoy-col-change = التغير
yoy-col-progress = التقدم { $year }
yoy-col-status = الحالة { $year }
yoy-col-move = الانتقال
yoy-none = لا يوجد مؤشر بهذه المرشحات.
yoy-nodes-scoped = عقد النتائج المشمولة
yoy-nodes-top = الغايات والأولويات المواضيعية والعوامل التمكينية
yoy-nodes-region = التجميعات في { $a } و{ $b }
yoy-nodes-caption = متوسط تقدم مؤشرات كل عقدة (كل منها محصور بين 0 و100 %) في { $a } و{ $b }
yoy-col-node = العقدة
yoy-col-level = المستوى
yoy-col-mean = متوسط التقدم { $year }
move-improved = تحسن
move-worsened = تراجع
move-unchanged = دون تغيير
move-newly_rated = قُيّم لأول مرة
move-no_longer_rated = لم يعد مقيّمًا

## Plan cycle: a plan beside its predecessor

plancycle-title = { $plan } بجانب الخطة السابقة
plancycle-heading = دورة الخطة — { $plan } ({ $period })
plancycle-heading-beside = دورة الخطة — { $plan } ({ $period }) بجانب { $predecessor } ({ $predecessor_period })
plancycle-intro = مبنية على روابط السلف لمؤشرات { $plan }.
plancycle-def-carried_over = المقياس نفسه، سلسلة واحدة عبر الفترتين.
plancycle-def-redefined = مقياس آخر للغرض نفسه، وقيمه سلسلة منفصلة.
plancycle-def-new = لا سلف له (أو له سلف مذكور للإحالة فقط).
plancycle-def-dropped = مؤشر من { $predecessor } لا ينقله أي مؤشر من { $plan } ولا يعيد تعريفه.
plancycle-filters = المرشحات
plancycle-class = الفئة
plancycle-all = الكل
plancycle-goal = الغاية أو الأولوية أو العامل التمكيني
plancycle-show = عرض
plancycle-classes-h = المؤشرات حسب الفئة
plancycle-indicators-h = المؤشرات
plancycle-region = مؤشرات الخطتين
plancycle-caption = مؤشرات { $plan } وأسلافها: { $count } بهذه المرشحات
plancycle-col-in = في { $plan }
plancycle-col-unit = وحدة القياس
plancycle-col-predecessor = السلف
plancycle-col-changed = ما الذي تغير
plancycle-for-reference = مذكور للإحالة
plancycle-nothing = لا شيء
plancycle-none = لا يوجد مؤشر بهذه المرشحات.
plancycle-nodes-h = عقد النتائج
plancycle-nodes-note = لا تحمل عقد النتائج رابط سلف: تُطابق بالرمز، فالعقدة التي يوجد رمزها في الخطتين تُدرج مرة واحدة باسميها.
plancycle-nodes-region = عقد نتائج الخطتين
plancycle-nodes-caption = عقد نتائج { $plan } و{ $predecessor }، مطابقة بالرمز
plancycle-col-node = العقدة
plancycle-col-level = المستوى
plancycle-col-name-in = الاسم في { $plan }
plancycle-definition-reworded = أعيدت صياغة التعريف
plancycle-dropped-goal = { $code } — { $name } (محذوف)
class-carried_over = منقول
class-redefined = معاد تعريفه
class-new = جديد
class-dropped = محذوف
nodeclass-in_both = في الخطتين
nodeclass-new = جديد
nodeclass-dropped = محذوف

## Users, API tokens and the audit log

users-title = المستخدمون
users-heading = المستخدمون ورموز واجهة البرمجة
users-one-time = كلمة مرور لمرة واحدة لـ
users-one-time-note = تُعرض مرة واحدة؛ ويجب على المستخدم تغييرها عند أول تسجيل دخول.
users-new-token = رمز جديد (يُعرض مرة واحدة):
users-find-label = البحث عن المستخدمين
users-contains = البريد الإلكتروني أو الاسم يحتوي على
users-role = الدور
users-any = أي دور
users-find = بحث
users-caption = المستخدمون — { $count } في المجموع
users-email = البريد الإلكتروني
users-name = الاسم
users-unit = الوحدة
users-active = نشط
users-actions = الإجراءات
users-yes = نعم
users-no = لا
users-disable = تعطيل
users-enable = تفعيل
users-reset = إعادة تعيين كلمة المرور
users-add-h = إضافة مستخدم
users-display-name = الاسم المعروض
users-role-planner = مخطط (مكتب / أمانة)
users-role-reviewer = مراجع (عضو في المجلس)
users-role-admin = مدير (مكتب الأمين العام)
users-org-unit = الوحدة التنظيمية (للمخططين)
users-none = لا شيء
users-add = إضافة المستخدم
users-tokens-h = رموز واجهة البرمجة الخاصة بك
users-tokens-caption = رموز للبرامج النصية (تُرسل بصيغة Authorization: Bearer)
users-starts = يبدأ بـ
users-created = أُنشئ
users-expires = ينتهي
users-revoked = أُلغي
users-never = أبدًا
users-revoke = إلغاء
users-token-name = اسم الرمز
users-token-days = ينتهي بعد (أيام؛ فارغ: أبدًا)
users-token-create = إنشاء رمز
users-created-user = أُنشئ { $email }
users-enabled = فُعّل المستخدم.
users-disabled = عُطّل المستخدم.
users-token-revoked = أُلغي الرمز.
audit-title = سجل التدقيق
audit-filters = تصفية سجل التدقيق
audit-user = المستخدم (البريد الإلكتروني)
audit-type = نوع السجل
audit-any = أي نوع
audit-id = معرّف السجل أو رمزه
audit-from = من (تاريخ)
audit-to = إلى (تاريخ، شاملًا)
audit-filter = تصفية
audit-entries = قيود التدقيق
audit-caption = { $count ->
    [zero] لا قيود
    [one] قيد واحد
    [two] قيدان
    [few] { $count } قيود
    [many] { $count } قيدًا
   *[other] { $count } قيد
}، الأحدث أولًا — الصفحة { $page } من { $pages }
audit-when = متى (UTC)
audit-who = من
audit-action = الإجراء
audit-record = السجل
audit-reason = السبب
audit-change = التغيير
audit-before-after = قبل وبعد
audit-before = قبل
audit-after = بعد
audit-created = أُنشئ
audit-deleted = حُذف

## Risk register and one risk

risks-title = المخاطر
risks-heading = سجل المخاطر — { $plan }
risks-intro = الدرجة = الاحتمال × الأثر، وكل منهما من 1 إلى 5؛ وتأتي أخطر المخاطر أولًا. المستويات: منخفض (1-4)، متوسط (5-9)، مرتفع (10-14)، حرج (15-25). ويكون استعراض الخطر غير المغلق متأخرًا عندما يكون آخر استعراض له قد مضى عليه أكثر من { $days } يومًا (ستة أشهر).
risks-filters = تصفية المخاطر
risks-status = الحالة
risks-any = أي قيمة
risks-category = الفئة
risks-owner = المسؤول
risks-threatens-node = يهدد (العقدة)
risks-filter = تصفية
risks-matrix-h = الاحتمال × الأثر
risks-matrix-note = عدد المخاطر التي تقع في كل خانة من أصل { $count } خطرًا تختارها المرشحات؛ وتذكر كل خانة مستواها، فتُقرأ المصفوفة دون الاعتماد على اللون.
risks-overdue-count = استعراض متأخر ({ $count }):
risks-matrix-label = مصفوفة المخاطر
risks-matrix-caption = عدد المخاطر حسب الاحتمال (الصفوف) والأثر (الأعمدة)
risks-likelihood-impact = الاحتمال \ الأثر
risks-bands-caption = المخاطر حسب المستوى
risks-band = المستوى
risks-scores = الدرجات
risks-caption = مخاطر { $plan } حسب الدرجة — { $count } في المجموع
risks-col-risk = الخطر
risks-likelihood = الاحتمال
risks-impact = الأثر
risks-score = الدرجة
risks-threatens = يهدد
risks-reviewed = استُعرض
risks-mitigation = التخفيف
risks-update-link = تحديث
risks-review-overdue = الاستعراض متأخر
risks-none = لا يوجد خطر مطابق في { $plan }.
risks-add-h = إضافة خطر
risks-code = الرمز
risks-title-field = العنوان
risks-description = الوصف
risks-likelihood-field = الاحتمال (من 1 إلى 5)
risks-impact-field = الأثر (من 1 إلى 5)
risks-nodes-field = يهدد (رموز العقد، مفصولة بفواصل)
risks-add = إضافة الخطر
risks-update-h = تحديث مخاطر وحدتك
risks-update-note = يمكنك تغيير الحالة والتخفيف وتاريخ آخر استعراض. وإذا غيّر شخص آخر الخطر منذ عرض هذه الصفحة، فلا يُحفظ شيء ويُبلغك النظام بذلك.
risks-score-of = الدرجة { $score }
risks-reviewed-on = تاريخ الاستعراض
risks-save = حفظ { $code }
risks-risk = الخطر { $code }
risks-back = سجل مخاطر { $plan }
risks-product = الاحتمال { $likelihood } × الأثر { $impact }
risks-last-reviewed = آخر استعراض
risks-overdue-days = منذ أكثر من { $days } يومًا
risks-no-node = لا توجد عقدة نتائج
risks-close = إغلاق { $code }
risks-links-h = عقد النتائج التي يهددها
risks-unlink = إزالة الربط بـ { $node }
risks-link-node = الربط بعقدة
risks-link = ربط
risks-edit-h = تعديل { $code }
risks-edit-note = إذا غيّر شخص آخر الخطر منذ عرض هذه الصفحة، فلا يُحفظ شيء ويُبلغك النظام بذلك.
risks-follow = تابِع الخطر (الحالة والتخفيف وتاريخ الاستعراض) في
risks-follow-link = نماذج التحديث الخاصة بوحدتك.
risks-updated = حُدّث الخطر { $code }.
risks-added = أُضيف الخطر { $code } (الدرجة { $score }).
risks-updated-score = حُدّث الخطر { $code } (الدرجة { $score }).
risks-closed = أُغلق الخطر { $code }.
risks-linked = الخطر { $code } مربوط الآن بـ { $node }.
risks-unlinked = لم يعد الخطر { $code } مربوطًا بـ { $node }.
riskstatus-open = مفتوح
riskstatus-mitigating = قيد التخفيف
riskstatus-closed = مغلق
riskcat-strategic = استراتيجي
riskcat-financial = مالي
riskcat-operational = تشغيلي
riskcat-reputational = متعلق بالسمعة
riskcat-compliance = امتثال
riskcat-security = أمني
band-low = منخفض
band-medium = متوسط
band-high = مرتفع
band-critical = حرج

## Operational plans and their items

ops-title = العمليات { $year }
ops-heading = الخطط التشغيلية، { $year }
ops-intro = الميزانيات بآلاف الفرنكات السويسرية. معدل تنفيذ البند هو المنجز ÷ المخطط؛ ومعدل الوحدة هو متوسط بنودها، كل منها بحد أقصى 100 %، باستثناء البنود الملغاة والبنود التي لم يُخطط لها شيء.
ops-per-unit = التنفيذ حسب الوحدة
ops-per-unit-caption = التنفيذ حسب الوحدة، الخطط التشغيلية التي تبدأ في { $year }
ops-unit = الوحدة
ops-plan = الخطة التشغيلية
ops-status = الحالة
ops-budget = الميزانية
ops-items = البنود
ops-counted = المحتسبة
ops-in-full = المنجزة بالكامل
ops-cancelled = الملغاة
ops-rate = معدل التنفيذ
ops-no-plan = لا تبدأ أي خطة تشغيلية من { $plan } في { $year }.
ops-filters = تصفية البنود
ops-any = أي قيمة
ops-output-code = الناتج (الرمز)
ops-filter = تصفية
ops-items-caption = بنود الخطط التشغيلية التي تبدأ في { $year } — { $count } في المجموع
ops-item = البند
ops-output = الناتج
ops-run-by = المنفذ
ops-planned = المخطط
ops-delivered = المنجز
ops-update = تحديث التنفيذ
ops-delivered-of = الكمية المنجزة من { $code } ({ $measure })
ops-status-of = حالة { $code }
ops-save = حفظ
ops-none = لا يوجد بند مطابق.
ops-updated = حُدّث البند { $code }.
opplan-draft = مسودة
opplan-approved = معتمدة
itemstatus-planned = مخطط
itemstatus-in_progress = قيد التنفيذ
itemstatus-delivered = منجز
itemstatus-delayed = متأخر
itemstatus-cancelled = ملغى

## Framework revisions

fwrev-title = تنقيحات الإطار
fwrev-heading = تنقيحات الإطار — { $plan }
fwrev-intro = كل تغيير في خط أساس أو هدف أو معلم أو وحدة أو اتجاه أُجري بعد وجود قيم، مع القرار الذي استند إليه. ويسري التنقيح من يوم اتخاذ القرار: تُقيّم السنة ويُبلّغ عنها وفق الإطار الساري في 31 ديسمبر منها.
fwrev-as-adopted-link = الإطار كما اعتُمد.
fwrev-filters = تصفية التنقيحات
fwrev-indicator-code = رمز المؤشر
fwrev-field = الحقل
fwrev-reason = السبب
fwrev-any = أي سبب
fwrev-filter = تصفية
fwrev-list = التنقيحات
fwrev-caption = تنقيحات { $plan }، أحدث قرار أولًا — { $count } في المجموع
fwrev-indicator = المؤشر
fwrev-before = قبل
fwrev-after = بعد
fwrev-adopted = كما اعتُمد
fwrev-decided = تاريخ القرار
fwrev-by = الجهة
fwrev-reference = المرجع
fwrev-justification = المبرر
fwrev-none = لا يوجد تنقيح مطابق في { $plan }.
reason-methodology = المنهجية
reason-data_availability = توفر البيانات
reason-mandate_change = تغير الولاية
reason-error_correction = تصحيح خطأ
reason-external_shock = صدمة خارجية
reason-other = سبب آخر

## Reports to Council and one report run

reports-title = التقارير
reports-heading = التقارير المقدمة إلى المجلس
reports-intro = يحتفظ الإصدار المجمّد بالبيانات التي بُني منها وبالمجموع الاختباري لكل ملف، بحيث يمكن إعادة بناء التقرير المرسل إلى المجلس بايتًا ببايت.
reports-reviewers-see = يرى مراجعو المجلس الإصدار بعد نشره.
reports-for = تقرير { $plan }، { $year }
reports-preview = تنزيل معاينة (zip، غير مجمّدة)
reports-published-only = لا يرى أعضاء المجلس إلا التقارير المنشورة: يظهر تقرير { $year } أدناه حالما ينشره مكتب الأمين العام.
reports-iati = النتائج في ملف IATI 2.03 (XML، القيم المعتمدة فقط):
reports-iati-year = ملف IATI لعام { $year }
reports-iati-all = ملف IATI لجميع سنوات { $plan }
reports-plan = الخطة
reports-year = السنة
reports-symbol = رمز وثيقة المجلس (اختياري)
reports-symbol-hint = يظهر على غلاف report.pdf؛ وإذا تُرك فارغًا، ذكر الغلاف أنه لم يُحدَّد بعد.
reports-session = دورة المجلس (اختياري)
reports-freeze = تجميد إصدار
reports-assessment-h = التقييم الرباعي السنوات لـ { $plan }
reports-assessment-intro = تقرير نهاية الفترة المقدم إلى مؤتمر المندوبين المفوضين: جميع سنوات الخطة جنبًا إلى جنب، وإنجاز كل هدف وغاية في النهاية، والتكلفة لكل غاية على مدى الفترة، وإعادة العرض، وإسقاط ما لا يزال مفتوحًا. ويغطي الخطة حتى آخر سنة لها قيمة معتمدة، ويُدرج أدناه إصدارًا من نوع "تقييم".
reports-assessment-once-frozen = ويُدرج بعد تجميده.
reports-freeze-assessment = تجميد التقييم الرباعي السنوات
reports-runs = الإصدارات
reports-published = التقارير المنشورة
reports-none = لا يوجد إصدار تقرير بعد.
reports-runs-caption = إصدارات التقارير، الأحدث أولًا
reports-run = الإصدار
reports-kind = النوع
reports-status = الحالة
reports-frozen = جُمّد
reports-published-col = نُشر
reports-snapshot = اللقطة
reports-files = الملفات
reports-kind-annual = تقرير سنوي
reports-kind-assessment = تقييم رباعي السنوات
reports-up-to = حتى { $year }
reports-publish = نشر
reports-all-files = { $count ->
    [zero] لا ملفات
    [one] الملف الوحيد
    [two] الملفان
    [few] الملفات الـ { $count }
    [many] الملفات الـ { $count }
   *[other] الملفات الـ { $count }
}
reports-frozen-annual = جُمّد إصدار التقرير { $id } لعام { $year }. انشره ليصبح مرئيًا للمجلس.
reports-frozen-assessment = جُمّد إصدار التقييم الرباعي السنوات { $id } (السنوات حتى { $year }). انشره ليصبح مرئيًا للمجلس.
reports-no-plan = لا توجد خطة { $plan }.
reports-published-flash = نُشر إصدار التقرير { $id } للمجلس.
reports-csv-headings = بدء كل جدول CSV بصف يضم أسماء الأعمدة بلغة التقرير
reports-csv-headings-hint = فوق رموز الأعمدة الثابتة التي يحتفظ بها كل ملف CSV، لمن يفتحون الجداول في جدول بيانات؛ ويقرأ البرنامج مثل هذا الملف بتخطي سطره الأول. وإذا لم يُحدَّد الخيار، لا تتضمن ملفات CSV إلا الرموز.
runstatus-frozen = مجمّد
runstatus-published = منشور
run-title = إصدار التقرير { $id }
run-back = التقارير السنوية المقدمة إلى المجلس
run-heading = إصدار التقرير { $id }: { $plan }، { $year }
run-not-yet = ليس بعد
run-zip = { $count ->
    [zero] لا ملفات (zip)
    [one] الملف الوحيد (zip)
    [two] الملفان (zip)
    [few] الملفات الـ { $count } (zip)
    [many] الملفات الـ { $count } (zip)
   *[other] الملفات الـ { $count } (zip)
}
run-ask-once-published = يمكن لأعضاء المجلس طرح أسئلة بشأن هذا الإصدار بعد نشره.
run-restated-h = إعادة العرض منذ هذا التقرير
run-no-restatements = لم يتغير أي رقم ورد في هذا الإصدار منذ تجميده في { $at }: لم تُنقّح أي قيمة لعام { $year } ولم تُعتمد متأخرة، ولم يُسجّل أي تنقيح للإطار.
run-restatements-intro = ما تغير بعد تجميد هذا الإصدار في { $at }: قيم عام { $year } المنقحة منذئذ (الرقم المبلّغ عنه ← الرقم المعتمد الآن) أو المعتمدة متأخرة، وتنقيحات الإطار المسجلة منذئذ.
run-next-lists = يدرجها تقرير عام { $next } في قسمه "إعادة عرض الأرقام المبلّغ عنها في العام الماضي".
run-next-will-list = بعد نشر هذا الإصدار، يدرجها تقرير عام { $next } في قسمه "إعادة عرض الأرقام المبلّغ عنها في العام الماضي".
run-values-h = قيم عام { $year }
run-values-caption = قيم عام { $year } التي تغيرت منذ التقرير
run-indicator = المؤشر
run-change = التغيير
run-reported = المبلّغ عنه
run-now = الآن
run-quality = الجودة
run-who-when = من ومتى
run-why = السبب
run-headline = القيمة الرئيسية
run-entered-by = أدخلها
run-approved-by = اعتمدها
run-revisions-h = تنقيحات الإطار
run-revisions-caption = الأهداف وخطوط الأساس والمعالم المنقحة منذ التقرير
run-field = الحقل
run-before = قبل
run-after = بعد
run-decision = القرار
run-in-force = سارٍ لعام { $year }
run-decided = تقرر في { $day }
run-yes = نعم
run-decided-after = لا: تقرر بعد { $year }
restate-late = قيمة متأخرة
restate-revised = منقحة

## One report run in several languages: the freeze form's languages and each language's files on the run's page
runlang-legend = لغات التقرير
runlang-hint = تُكتب كل لغة مختارة من البيانات المجمدة نفسها. توضع اللغة الأولى المختارة في جذر الإصدار، وكل لغة أخرى في مجلد يحمل رمزها.
runlang-heading = اللغات
runlang-root = في جذر الإصدار
runlang-folder = في المجلد { $folder }
runlang-zip = { $count ->
    [zero] لا ملفات (zip)
    [one] ملفها الوحيد (zip)
    [two] ملفاها (zip)
    [few] ملفاتها الـ { $count } (zip)
    [many] ملفاتها الـ { $count } (zip)
   *[other] ملفاتها الـ { $count } (zip)
}
runlang-tables = الجداول (CSV)

## The run's page: whether its CSV tables start with a row of names (issue 17.4)

run-csv-headings = جداول CSV
run-csv-headings-yes = يبدأ كل منها بصف بأسماء أعمدته بلغة التقرير، فوق رموز الأعمدة
run-csv-headings-no = رموز الأعمدة فقط، بلا صف بالأسماء بلغة التقرير

## Notices

notices-title = الإشعارات
notices-show-all = عرض كل الإشعارات
notices-show-unread = عرض الإشعارات غير المقروءة فقط
notices-none = ليست لديك أي إشعارات.
notices-none-unread = ليست لديك إشعارات غير مقروءة.
notices-mark-all = تعليم الكل كمقروء
notices-list = { $count ->
    [zero] لا توجد إشعارات
    [one] إشعار واحد، الأحدث أولًا
    [two] إشعاران، الأحدث أولًا
    [few] { $count } إشعارات، الأحدث أولًا
    [many] { $count } إشعارًا، الأحدث أولًا
   *[other] { $count } إشعار، الأحدث أولًا
}
notices-count = { $count ->
    [zero] لا توجد إشعارات
    [one] إشعار واحد
    [two] إشعاران
    [few] { $count } إشعارات
    [many] { $count } إشعارًا
   *[other] { $count } إشعار
}
notices-new = جديد
notices-open = فتح
notices-mark-read = تعليم كمقروء
notices-pages = صفحات إشعاراتك
notices-marked-one = عُلِّم الإشعار كمقروء
notices-marked = { $count ->
    [zero] لم يُعلَّم أي إشعار كمقروء
    [one] عُلِّم إشعار واحد كمقروء
    [two] عُلِّم إشعاران كمقروءين
    [few] عُلِّمت { $count } إشعارات كمقروءة
    [many] عُلِّم { $count } إشعارًا كمقروء
   *[other] عُلِّم { $count } إشعار كمقروء
}
notice-submitted = مقدمة
notice-returned = معادة
notice-approved = معتمدة
notice-overdue = متأخرة
notice-assigned = مسندة
# A notice's text, stored as a message and its arguments (names, codes and notes as they are)
notice-text-submitted = قدّم { $by } القيمة { $value } ({ $indicator }) للوحدة { $unit } للموافقة عليها.
notice-text-returned = أعاد { $by } القيمة { $value } ({ $indicator }): { $note }
notice-text-approved = وافق { $by } على القيمة { $value } ({ $indicator }).
notice-text-bulk = الوحدة { $unit }: قدّم { $by } للموافقة { $count ->
    [zero] لا قيم.
    [one] قيمة واحدة.
    [two] قيمتين.
    [few] { $count } قيم.
    [many] { $count } قيمة.
   *[other] { $count } قيمة.
}
notice-text-bulk-import = الوحدة { $unit }: قدّم استيراد للموافقة { $count ->
    [zero] لا قيم.
    [one] قيمة واحدة.
    [two] قيمتين.
    [few] { $count } قيم.
    [many] { $count } قيمة.
   *[other] { $count } قيمة.
}
notice-text-overdue = تأخرت الوحدة { $unit } عن { $plan } { $year }: الموعد { $due }، دون قيمة مقدمة: { $missing ->
    [zero] لا مؤشرات.
    [one] مؤشر واحد.
    [two] مؤشران.
    [few] { $missing } مؤشرات.
    [many] { $missing } مؤشرًا.
   *[other] { $missing } مؤشر.
}
notice-text-assigned = أُسند السؤال { $id } من المجلس، «{ $title }» (بشأن { $subject })، إلى { $unit } للإجابة عنه؛ أسنده { $by }.

## Pages in the reader's language: the finance chart, period labels, the status rule's reasons (issue 17.1, 17.3)

fin-chart-title = المخطط مقابل الفعلي حسب الوحدة والنوع
fin-chart-subtitle = الصفوف المعروضة، بآلاف الفرنكات السويسرية؛ معدل التنفيذ بين قوسين.
fin-chart-axis = بآلاف الفرنكات السويسرية
fin-chart-empty = لا يطابق أي بند من بنود الخطة المالية عوامل التصفية.
fin-chart-no-actual = لا يوجد مبلغ فعلي بعد
fin-chart-row = { $label }: المخطط { $plan }، الفعلي { $actual }
fin-chart-separator = {"؛ "}
fin-chart-alt = مخطط أعمدة للمبالغ المخططة مقابل الفعلية حسب الوحدة والنوع، بآلاف الفرنكات السويسرية. { $rows }.

quarter-of-year = الربع { $n } من { $year }

## Framework text in other languages: the "in English" mark and the office's form (/translations/…)

translation-in-english = بالإنكليزية
translation-title = ترجمات { $what }
translation-intro = نص الإطار باللغات الرسمية الأخرى. الإنكليزية هي النص الأصلي للعنصر؛ ويُعرض النص المتروك فارغاً بالإنكليزية مع الإشارة "بالإنكليزية".
translation-english = الإنكليزية (النص الأصلي للعنصر)
translation-name = الاسم
translation-definition = التعريف أو الوصف
translation-provenance = المصدر من حيث الموثوقية
translation-source = مصدر النص
translation-save = حفظ الترجمات
translation-saved = حُفظت الترجمات.
translation-edit = تعديل الترجمات
translation-cancel = إلغاء

## The framework explorer (/framework) and its tree

fwk-title = الإطار { $year }
fwk-heading = إطار النتائج
fwk-workbook-link = الإطار كاملاً في مصنّف أو في ملفات CSV
fwk-mandates-link = الولايات التي تستند إليها الخطة
fwk-cycle-link = هذه الخطة بجانب الخطة السابقة: المؤشرات المنقولة والمعاد تعريفها والجديدة والمحذوفة
fwk-edit-h = تعديل الإطار
fwk-add-node = إضافة عقدة نتائج
fwk-add-indicator = إضافة مؤشر
fwk-node = العقدة
fwk-edit-node = تعديل هذه العقدة أو سحبها
fwk-filters = تصفية الإطار
fwk-unit = الوحدة
fwk-all = الكل
fwk-status = الحالة
fwk-search = رمز المؤشر أو اسمه
fwk-filter = تصفية
fwk-as-of-form = عرض الإطار في يوم معيّن
fwk-as-of = الإطار في تاريخ
fwk-as-of-placeholder = adopted أو YYYY-MM-DD
fwk-show = عرض
fwk-as-adopted = كما اعتُمد
fwk-as-revised = كما نُقّح (الآن)
fwk-every-revision = كل التنقيحات
fwk-as-of-note-adopted = تُعرض خطوط الأساس والغايات كما اعتُمدت؛ وتُقيَّم حالات عام { $year } وفقاً للإطار النافذ في 31 ديسمبر { $year }.
fwk-as-of-note-day = تُعرض خطوط الأساس والغايات كما كانت في { $day }؛ وتُقيَّم حالات عام { $year } وفقاً للإطار النافذ في 31 ديسمبر { $year }.
fwk-nothing-revised = لم يُنقَّح شيء منذ ذلك الحين.
fwk-changed-label = ما تغيّر منذ
fwk-changed-since-adoption = ما تغيّر منذ الاعتماد
fwk-changed-since-day = ما تغيّر منذ { $day }
fwk-indicator = المؤشر
fwk-field = الحقل
fwk-then = آنذاك
fwk-now = الآن
fwk-decisions = القرارات
fwk-found-label = المؤشرات التي عُثر عليها
fwk-found-caption = المؤشرات التي يتضمن رمزها أو اسمها «{ $search }» — عددها: { $count }
fwk-owner = المسؤول
fwk-status-year = الحالة { $year }
fwk-found-pages = صفحات المؤشرات التي عُثر عليها
fwk-found-page = المؤشرات: { $count } — الصفحة { $page } من { $pages }
fwk-whole = عرض الإطار كاملاً
fwk-prev = الصفحة السابقة
fwk-next = الصفحة التالية
fwk-illustrative = توضيحي
fwk-cost = التكلفة { $amount } ألف فرنك سويسري
fwk-open = فتح { $code }:
fwk-indicators-on = مؤشرات { $code }
fwk-baseline = خط الأساس
fwk-expected = المتوقع
fwk-actual = الفعلي
fwk-target = الغاية
fwk-bar-part = { $status }: { $count }
fwk-list-separator = {"؛ "}
fwk-no-indicator = لا مؤشرات

## A result node's page (/framework/{code})

nodep-what = مستوى «{ $level }» من الخطة { $plan }
nodep-under = ضمن
nodep-owner = المسؤول: { $unit }
nodep-in-tree = عرضها في شجرة الإطار
nodep-links-h = روابط المساهمة
nodep-contributes-to = تساهم { $code } في:
nodep-contributing = تساهم في { $code }:
nodep-weight = الوزن
nodep-no-weight = بلا وزن
nodep-cost-h = التكلفة في عام { $year }
nodep-cost = تكلفة { $code } في عام { $year }:
nodep-chf-k = ألف فرنك سويسري
nodep-basis-allocations = من المخصصات المقدمة لها وللعقد التي تحتها.
nodep-basis-contributions = من المخصصات المنقولة إليها عبر روابط المساهمة × الوزن.
nodep-same-figure = هو الرقم نفسه الوارد في صفحة المالية وواجهة برمجة التكاليف والتقرير السنوي.
nodep-by-unit-label = تكلفة { $code } حسب الوحدة
nodep-by-unit-caption = تكلفة { $code } في عام { $year } حسب الوحدة التنظيمية التي تدفعها من ميزانيتها
nodep-unit = الوحدة
nodep-cost-col = التكلفة
nodep-share = الحصة
nodep-allocations = مخصصات عام { $year }
nodep-outside = يقع عام { $year } خارج الخطة { $plan }: اختر إحدى سنواتها لعرض التكلفة.

## An indicator's page (/indicators/{code})

indp-in-year = في عام { $year }
indp-illustrative = أرقام توضيحية
indp-enter = إدخال قيمة أو تصحيحها
indp-edit = تعديل هذا المؤشر ومعالمه وولاياته
indp-as-of-note-adopted = يُعرض خط الأساس والغاية والوحدة والاتجاه والمعالم كما اعتُمدت. ويُقيَّم عام { $year } وفقاً للإطار النافذ في 31 ديسمبر { $year }.
indp-as-of-note-day = يُعرض خط الأساس والغاية والوحدة والاتجاه والمعالم كما كانت في { $day }. ويُقيَّم عام { $year } وفقاً للإطار النافذ في 31 ديسمبر { $year }.
indp-definition-h = التعريف
indp-metadata = البيانات الوصفية
indp-node = عقدة النتائج
indp-owner = المسؤول
indp-definition = التعريف
indp-unit = الوحدة
indp-direction = الاتجاه
indp-aggregation = التجميع عبر الزمن
indp-baseline = خط الأساس
indp-end-target = الغاية النهائية
indp-expected = المتوقع في السنة
indp-actual = الفعلي
indp-stale = قديم
indp-progress = التقدم
indp-data-source = مصدر البيانات
indp-frequency = التواتر
indp-sdg = غايات أهداف التنمية المستدامة
indp-wsis = خطوط عمل القمة العالمية لمجتمع المعلومات
indp-provenance = المصدر
indp-trajectory-h = المسار
indp-likely = الإسقاط: من المرجح بلوغ الغاية.
indp-unlikely = الإسقاط: من غير المرجح بلوغ الغاية.
indp-too-early = الإسقاط: من السابق لأوانه الحكم.
indp-projected = { $value } في عام { $year }، بخط المربعات الصغرى المار بخط الأساس و{ $count ->
    [zero] لا قيم سنوية معتمدة
    [one] قيمة سنوية معتمدة واحدة
    [two] قيمتين سنويتين معتمدتين
    [few] { $count } قيم سنوية معتمدة
    [many] { $count } قيمة سنوية معتمدة
   *[other] { $count } قيمة سنوية معتمدة
} (متقطعاً في الرسم البياني، ابتداءً من { $from }).
indp-not-projected = لا تُسقط أي قيمة:
indp-path-caption = خط الأساس والمعالم والغاية والمسار المتوقع والقيم الفعلية المعتمدة
indp-year = السنة
indp-reference = المرجع
indp-kind = النوع
indp-approved-actual = القيمة الفعلية المعتمدة
indp-kind-baseline = خط الأساس
indp-kind-milestone = معلم
indp-kind-target = الغاية
indp-previous-h = دورة الخطة السابقة
indp-carries-over = يواصل { $code } المؤشر { $earlier } من الخطة { $plan }: قيمه المعتمدة تواصل هذه السلسلة وتُرسم على الخط نفسه.
indp-does-not-continue = لا يواصل { $code } المؤشر { $earlier } من الخطة { $plan }: إنه مقياس مختلف، فلا تدخل قيمه في هذه السلسلة ولا تُرسم في الرسم البياني.
indp-both-label = القيم المعتمدة لـ { $code } عبر فترتي الخطة
indp-both-caption = القيم المعتمدة لـ { $code } عبر فترتي الخطة: { $earlier_plan } (باسم { $earlier }) و{ $plan }، الوحدة: { $unit }
indp-plan-period = فترة الخطة
indp-approved-value = القيمة المعتمدة
indp-quality = الجودة
indp-no-approved = لا توجد بعد قيمة معتمدة في أي من الفترتين.
indp-approved-of = القيم المعتمدة لـ { $code }
indp-separate-series = {"، سلسلة منفصلة"}
indp-earlier-caption = القيم المعتمدة لـ { $code } ({ $plan }، { $relation }، الوحدة: { $unit })
relation-carried_over = منقول
relation-redefined = معاد تعريفه
relation-new = جديد
indp-value = القيمة
indp-values-h = القيم
indp-values-caption = كل قيم { $code } مع حالتها
indp-approved-only = (القيم المعتمدة فقط)
indp-period = الفترة
indp-breakdown = التصنيف
indp-state = الحالة
indp-rev = التنقيح
indp-narrative = الشرح
indp-evidence = الدليل
indp-review-note = ملاحظة المراجعة:
indp-link = رابط
indp-revisions-h = التنقيحات
indp-no-revision = لا تنقيح منذ الاعتماد.
indp-revision-counts = يسري التنقيح من يوم تقريره: يُقيَّم عام { $year } وفقاً للإطار النافذ في 31 ديسمبر { $year }.
indp-show-adopted = عرضه كما اعتُمد.
indp-adopted-revised = كما اعتُمد وكما نُقّح
indp-as-revised = كما نُقّح
indp-every-revision = كل تنقيحات { $code } مع قراراتها
indp-sheet-h = البطاقة المرجعية
indp-no-sheet = لا توجد بطاقة مرجعية بعد.
indp-printable-sheet = البطاقة المرجعية للطباعة
indp-edit-sheet = تعديل البطاقة المرجعية
indp-audit-h = سجل التدقيق
indp-audit-caption = التغييرات على هذا المؤشر وقيمه
indp-when = متى (UTC)
indp-who = من
indp-what = ماذا
indp-record = السجل

## Reference sheets: the parts' headings

sheets-rationale = المسوّغ
sheets-method = طريقة الحساب
sheets-disaggregation = التصنيف
sheets-limitations = القيود
sheets-quality-assurance = ضمان الجودة
sheets-target-rationale = مسوّغ الغاية

## Words of an indicator's definition: unit, direction, aggregation over time

iunit-percent = نسبة مئوية
iunit-count = عدد
iunit-chf = فرنك سويسري
iunit-ratio = نسبة
iunit-yes_no = نعم أو لا
iunit-index = مؤشر قياسي
direction-increase = زيادة
direction-decrease = انخفاض
direction-maintain = محافظة
aggregation-latest = آخر قيمة
aggregation-sum = مجموع
aggregation-mean = متوسط
aggregation-ratio = نسبة
state-superseded = مستبدلة
sheets-title = البطاقة المرجعية لـ { $code }
sheets-kicker = البطاقة المرجعية للمؤشر · الخطة { $plan }
sheets-result = النتيجة:
sheets-back = العودة إلى المؤشر
sheets-print = استخدم أمر الطباعة في المتصفح لطباعتها أو حفظها بصيغة PDF.
sheets-indicator-h = المؤشر
sheets-edit-title = تعديل البطاقة المرجعية لـ { $code }
sheets-edit-heading = البطاقة المرجعية لـ { $code }
sheets-edit-intro = تشرح هذه النصوص المؤشر؛ وتغييرها ليس تنقيحاً للإطار. اترك جزءاً فارغاً لحذفه. وهي مكتوبة بالإنكليزية.
sheets-save = حفظ البطاقة المرجعية
sheets-cancel = إلغاء
sheets-saved = حُفظت البطاقة المرجعية لـ { $code }
sheets-not-saved = لم تُحفظ البطاقة المرجعية:

## The plans (/plans): adopt, close, clone

plans-title = الخطط
plans-heading = الخطط الاستراتيجية
plans-intro = تُصاغ الخطة، ثم تُعتمد، ثم تُغلق. ويتطلب الاعتماد غاية نهائية وخط أساس لكل مؤشر. ويقفل الإغلاق كل سنوات الخطة، فلا تتغير أي من قيمها بعد ذلك (وتحتاج الوحدة التي لا يزال عليها تصحيح قيمة إلى استثناء من القفل). و«استنساخ الخطة التالية» ينشئ مشروعاً للفترة التالية: تُنسخ العقد والروابط الموزونة والمؤشرات، ويواصل كل مؤشر المؤشر القديم، وتُقترح خطوط الأساس من آخر القيم المعتمدة، وتُترك الغايات والمعالم فارغة.
plans-caption = كل الخطط، الأحدث أولاً
plans-plan = الخطة
plans-period = الفترة
plans-status = الحالة
plans-resolution = القرار
plans-follows = تلي
plans-followed-by = تليها
plans-compare = مقارنة الإطارين
plans-steps-h = الاعتماد أو الإغلاق أو الاستنساخ
plans-adopt = اعتماد { $code }
plans-adopted-by = اعتمدها (القرار)
plans-close-label = إغلاق { $code }
plans-close-why = سبب الإغلاق (يُحفظ في قفل كل سنة)
plans-close = إغلاق { $code } وقفل سنواتها
plans-clone-label = استنساخ { $code } خطةً تالية
plans-clone = استنساخ الخطة التالية ({ $years })
plans-followed = تلي { $next } الخطة { $code } بالفعل.
plans-adopted = اعتُمدت الخطة { $code }.
plans-not-adopted = لم تُعتمد الخطة { $code }
plans-closed = أُغلقت الخطة { $code }: قُفلت السنوات { $years }.
plans-closed-none = أُغلقت الخطة { $code }: كانت كل السنوات مقفلة من قبل.
plans-not-closed = لم تُغلق الخطة { $code }
plans-cloned = أُنشئ مشروع الخطة { $code } من { $from }: العقد { $nodes }، الروابط { $links }، المؤشرات المنقولة { $indicators }، خطوط الأساس المقترحة من القيم المعتمدة { $baselines }.
plans-kept-baseline = { $count ->
    [zero] لم يحتفظ أي مؤشر بخط أساسه القديم.
    [one] احتفظ مؤشر واحد بلا قيم معتمدة بخط أساسه القديم.
    [two] احتفظ مؤشران بلا قيم معتمدة بخط أساسهما القديم.
    [few] احتفظت { $count } مؤشرات بلا قيم معتمدة بخطوط أساسها القديمة.
    [many] احتفظ { $count } مؤشراً بلا قيم معتمدة بخطوط أساسها القديمة.
   *[other] احتفظ { $count } مؤشر بلا قيم معتمدة بخطوط أساسها القديمة.
}
plans-cloned-then = حدّد الغايات والمعالم قبل اعتمادها.
plans-not-cloned = لم تُستنسخ الخطة { $code }
pstatus-draft = مشروع
pstatus-adopted = معتمدة
pstatus-closed = مغلقة

## Finance (/finance): the financial plan, execution, bienniums, allocations and cost

fin-title = المالية { $year }
fin-heading = المالية
fin-intro = المبالغ بآلاف الفرنكات السويسرية. معدل التنفيذ = الفعلي ÷ المخطط.
fin-plan-h = الخطة المالية وتنفيذها
fin-flags-note = يُشار بالكلمات إلى معدلات التنفيذ التي تتجاوز 100 % أو تقل عن { $low } من المخطط.
fin-allocations-link = توزيع ميزانية كل وحدة على النتائج موجود في صفحة المخصصات.
fin-record-note = سجّل مبلغ التنفيذ الفعلي لوحدتك أو صحّحه في العمود الأخير؛ وإذا غيّره شخص آخر منذ عرض هذه الصفحة، لا يُحفظ شيء ويُبلَّغ بذلك.
fin-line-note = بصفتك المكتب يمكنك أيضاً تغيير المبلغ المخطط لبند (أرقام بنقطة عشرية، مثل 1234.5).
fin-filters = تصفية الخطة المالية
fin-biennium = فترة السنتين
fin-any = الكل
fin-year = السنة
fin-unit = الوحدة
fin-kind = النوع
fin-category = الفئة
fin-filter = تصفية
fin-subtotals-h = المجاميع الفرعية حسب الوحدة والنوع
fin-chart-caption = المخطط مقابل الفعلي للصفوف المعروضة؛ والأرقام نفسها في الجدول أدناه.
fin-subtotals-caption = المخطط والفعلي ومعدل التنفيذ حسب الوحدة والنوع للصفوف المعروضة
fin-plan = المخطط
fin-actual = الفعلي
fin-rate = معدل التنفيذ
fin-flag = التنبيه
fin-flag-above = أكثر من 100 %
fin-flag-low = أقل من { $low }
fin-no-match = لا يطابق أي بند أو مبلغ فعلي عوامل التصفية.
fin-lines-h = البنود
fin-lines-note = الصفوف المعروضة: { $count } (بند أو مبلغه الفعلي أو كلاهما)، جدول لكل فترة سنتين.
fin-biennium-label = فترة السنتين { $biennium }
fin-biennium-caption = فترة السنتين { $biennium }: المخطط والفعلي حسب السنة والوحدة والنوع والفئة
fin-change-plan = تغيير المخطط
fin-record-actual = تسجيل الفعلي
fin-change = تغيير
fin-update = تحديث
fin-record = تسجيل
fin-total = مجموع { $kind } { $biennium }
fin-no-line = لا يوجد بعد أي بند في الخطة المالية لـ { $plan }.
fin-balance-h = مجاميع فترات السنتين
fin-balance-label = عمليات التحقق لكل فترة سنتين
fin-balance-caption = بنود كل فترة سنتين مقارنةً بالمجاميع المعتمدة لها (المقرر 5) وببعضها (الفرق = المحسوب − المرجع)
fin-check = التحقق
fin-computed = المحسوب
fin-against = مقابل
fin-reference = المرجع
fin-difference = الفرق
fin-reconciled-col = مطابق
fin-yes = نعم
fin-no = لا
fin-not-set = غير محدد
fin-alloc-h = المخصصات للنتائج، { $year }
fin-alloc-label = المخصصات مقابل الميزانيات
fin-alloc-caption = ما تخصصه كل وحدة للنواتج والأولويات المواضيعية والعوامل التمكينية في عام { $year } مقابل ميزانية نفقاتها (الفرق = المحسوب − المرجع)
fin-no-budget = لا ميزانية ولا مخصصات في عام { $year }.
fin-cost-h = التكلفة حسب الهدف والأولوية المواضيعية، { $year }
fin-cost-goal-label = تكلفة كل هدف
fin-cost-goal-caption = تكلفة كل هدف (عبر روابط المساهمة) والعوامل التمكينية، { $year }
fin-code = الرمز
fin-goal = الهدف
fin-cost = التكلفة
fin-share = الحصة من المخصصات
fin-cost-tp-label = تكلفة كل أولوية مواضيعية
fin-cost-tp-caption = تكلفة كل أولوية مواضيعية، { $year }
fin-tp = الأولوية المواضيعية
fin-totals = المجاميع
fin-totals-year = المجاميع، { $year }:
fin-reconciled = مطابقة للخطة المالية
fin-not-reconciled = غير مطابقة للخطة المالية
fin-total-goals = الأهداف
fin-total-priorities = الأولويات المواضيعية
fin-total-enablers = العوامل التمكينية
fin-total-unattributed = غير منسوب إلى هدف
fin-total-allocated = كل المخصصات
fin-total-budget = ميزانية النفقات
fin-total-difference = (الأهداف + العوامل التمكينية) − الميزانية
fin-add-line-h = إضافة بند إلى الخطة المالية
fin-add-line = إضافة البند
fin-add-actual-h = تسجيل مبلغ فعلي
fin-add-actual = تسجيل المبلغ الفعلي
fin-add-line-note = المبلغ بآلاف الفرنكات السويسرية، أرقام بنقطة عشرية (مثل 1234.5). يجب أن تنتمي الفئة إلى النوع؛ ولكل سنة ووحدة ونوع وفئة بند واحد فقط.
fin-add-actual-note = المبلغ بآلاف الفرنكات السويسرية، أرقام بنقطة عشرية (مثل 1234.5). يجب أن تنتمي الفئة إلى النوع؛ ولكل سنة ووحدة ونوع وفئة مبلغ فعلي واحد فقط.
fin-amount = المبلغ، بآلاف الفرنكات السويسرية
fin-description = الوصف (اختياري)
fkind-revenue = الإيرادات
fkind-expense = النفقات
fcat-assessed_contributions = الاشتراكات المقررة
fcat-cost_recovery = استرداد التكاليف
fcat-interest_and_other = الفوائد وغيرها
fcat-reserve_account = حساب الاحتياطي
fcat-staff = الموظفون
fcat-non_staff = غير المتعلقة بالموظفين

## Allocations to results (/finance/allocations)

allocs-title = المخصصات { $year }
allocs-heading = المخصصات للنتائج
allocs-intro = ميزانية نفقات كل وحدة في الخطة المالية، موزعة على نواتجها والأولويات المواضيعية والعوامل التمكينية. المبالغ بآلاف الفرنكات السويسرية. وتُستمد تكلفة كل عقدة نتائج من هذه المخصصات عبر أوزان المساهمة (انظر صفحة العقدة).
allocs-back = العودة إلى المالية
allocs-outside = يقع عام { $year } خارج الخطة { $plan }: اختر إحدى سنواتها.
allocs-units-h = الميزانيات والمخصصات حسب الوحدة، { $year }
allocs-units-label = ميزانية كل وحدة ومخصصاتها
allocs-units-caption = ميزانية النفقات مقابل المخصصات حسب الوحدة، { $year }
allocs-budget = الميزانية
allocs-allocated = المخصص
allocs-remainder = المتبقي
allocs-shown-below = معروضة أدناه
allocs-edit-note = اكتب مبلغاً لكل عقدة (أرقام بنقطة عشرية، مثل 1234.5؛ واترك الحقل فارغاً لحذف ذلك المخصص) واحفظ: تُحفظ كل الصفوف أو لا يُحفظ أي منها. ويُرفض أي مجموع يتجاوز الميزانية.
allocs-over = { $amount } فوق الميزانية
allocs-nan = ليس رقماً في { $field }
allocs-of = مخصصات { $unit }
allocs-sheet-caption = ما تخصصه { $unit } لكل ناتج وأولوية مواضيعية وعامل تمكيني في عام { $year }
allocs-level = المستوى
allocs-name = الاسم
allocs-amount = المبلغ
allocs-amount-label = المبلغ الذي تخصصه { $unit } لـ { $node }، بآلاف الفرنكات السويسرية
allocs-save = حفظ مخصصات { $unit }
allocs-unchanged = كانت مخصصات { $unit } لعام { $year } كما أُرسلت بالفعل: لم يتغير شيء.
allocs-saved = حُفظت مخصصات { $unit } لعام { $year } (التغييرات: { $count }).
allocs-not-saved = لم تُحفظ مخصصات { $unit } لعام { $year }:

## Mandates behind the plan (/mandates)

mand-title = الولايات
mand-intro = القرارات والمقررات وغايات أهداف التنمية المستدامة وخطوط عمل القمة العالمية لمجتمع المعلومات التي تستند إليها الخطة، وعقد النتائج ومؤشرات { $plan } التي تشير إلى كل منها. ويضيف المكتب الروابط ويزيلها في صفحة تعديل العقدة أو المؤشر.
mand-filters = تصفية الولايات
mand-kind = النوع
mand-search = الرمز أو العنوان
mand-label = الولايات وما يشير إليها
mand-caption = الولايات وعقد ومؤشرات { $plan } التي تشير إليها
mand-mandate = الولاية
mand-title-col = العنوان
mand-nodes = عقد النتائج
mand-indicators = المؤشرات
mvocab-resolution = القرار
mvocab-decision = المقرر
mvocab-sdg = أهداف التنمية المستدامة
mvocab-wsis = القمة العالمية لمجتمع المعلومات

## The framework workbook (/framework/workbook)

fwbook-title = مصنّف الإطار
fwbook-intro = الإطار كاملاً لـ { $plan } (العقد وروابط المساهمة وأوزانها، والأبعاد، والمؤشرات بكل حقولها، والمعالم، والولايات وروابطها، ومخصصات الميزانية، والمخاطر، والأسماء والتعاريف باللغات الأخرى)، ورقة لكل جدول بأعمدة ملفات البذر.
fwbook-download = التنزيل
fwbook-xlsx = المصنّف (.xlsx)، ورقة لكل جدول
fwbook-zip = ملفات CSV (.zip) بتنسيق ملفات البذر
fwbook-errors = لم يُطبَّق المصنّف: عدد المشكلات { $count }
fwbook-errors-note = لم يُحفظ شيء. صحّح هذه الخلايا وحمّل المصنّف مرة أخرى.
fwbook-planned = التغييرات المزمعة: { $count }
fwbook-nothing-yet = لم يُحفظ شيء بعد.
fwbook-needs-decision = التغييرات الموسومة «تنقيح» تغيّر خط الأساس أو الغاية أو معلماً أو الوحدة أو الاتجاه لمؤشر له قيم: إنها تنقيحات للإطار وتحتاج إلى القرار أدناه.
fwbook-planned-label = التغييرات المزمعة
fwbook-caption = التغييرات التي يُدخلها المصنّف على { $plan }
fwbook-sheet = الورقة
fwbook-row = الصف
fwbook-key = المفتاح
fwbook-column = العمود
fwbook-workbook = المصنّف
fwbook-revision = التنقيح
fwbook-removed = محذوف
fwbook-revision-mark = تنقيح
fwbook-apply-h = تطبيق هذه التغييرات
fwbook-upload-h = تحميل مصنّف معدَّل
fwbook-same = المصنّف نفسه مرة أخرى
fwbook-file = المصنّف (.xlsx)
fwbook-decision = القرار الذي تستند إليه التنقيحات
fwbook-decided-on = تاريخ القرار (YYYY-MM-DD)
fwbook-body = الهيئة المقررة
fwbook-apply = تطبيق التغييرات
fwbook-check = فحص المصنّف
fwbook-unchanged = لا يغيّر المصنّف شيئاً: لم يُحفظ شيء
fwbook-applied = التغييرات المطبقة من المصنّف: { $count }

## The office's forms of a node and an indicator (/framework/nodes/…, /indicators/…/edit)

nodeform-edit = تعديل العقدة { $code }
nodeform-new = عقدة نتائج جديدة
nodeform-back = العودة إلى الإطار
nodeform-code-hint = حروف وأرقام و«.» و«-» و«_»، مثل TP-R1.O1.P3؛ ولا يمكن تغييره لاحقاً.
nodeform-level-fixed = ثابت: أنشئ عقدة جديدة لتغييره
nodeform-name = الاسم (بالإنكليزية)
nodeform-description = الوصف (بالإنكليزية)
nodeform-parent = العقدة الأم
nodeform-top = لا شيء (المستوى الأعلى)
nodeform-parent-hint = تقع الغاية تحت هدف، والحصيلة تحت أولوية مواضيعية، والناتج تحت حصيلة أو أولوية مواضيعية، والعامل التمكيني في المستوى الأعلى أو تحت عامل تمكيني.
nodeform-owner = الوحدة التنظيمية المسؤولة
nodeform-none = لا شيء
nodeform-kind = نوع الناتج (للنواتج فقط)
nodeform-sort = الموضع بين العقد الشقيقة
nodeform-links = تساهم في (الأهداف والغايات)
nodeform-links-hint = كل صف هدف أو غاية تساهم فيه هذه العقدة مع حصتها (من 0 إلى 1). وتنقل الحصص تكلفة العقدة إلى الأهداف، فيجب أن يكون مجموعها 1 بالضبط. اترك الصف فارغاً لحذفه.
nodeform-link-to = الهدف أو الغاية { $n }
nodeform-share = الحصة { $n }
nodeform-sum = مجموع الحصص { $sum }؛ ويجب أن يكون 1 بالضبط.
nodeform-sum-one = مجموع الحصص 1.
nodeform-sum-bad = إحدى الحصص ليست رقماً بأربعة منازل عشرية على الأكثر.
nodeform-save = حفظ العقدة
nodeform-add = إضافة العقدة
nodeform-retire-h = سحب { $code }
nodeform-retire-note = يزيل السحب العقدة وروابطها من الخطة. ويُرفض ما دامت تعتمد عليها مؤشرات أو عقد فرعية أو مخصصات ميزانية أو بنود خطط تشغيلية أو مخاطر؛ ويذكرها الرفض.
nodeform-retire = سحب العقدة { $code }
revfs-legend = القرار الذي يستند إليه هذا التنقيح
revfs-note = توجد قيم، لذا فهذا التغيير تنقيح للإطار: تبقى القيمة المعتمدة مقروءة بجانب القيمة المنقحة.
revfs-reference = مرجع القرار
revfs-reference-hint = مثلاً مقرر المجلس 620.
revfs-date = تاريخ القرار
mlinks-h = الولايات التي يستند إليها { $code }
mlinks-none = لا يشير { $code } بعد إلى أي ولاية.
mlinks-remove = إزالة { $kind } { $code }
mlinks-add = إضافة ولاية
mlinks-add-link = إضافة الرابط
indform-edit = تعديل المؤشر { $code }
indform-new = مؤشر جديد
indform-back = العودة إلى { $code }
indform-has-values = لهذا المؤشر قيم: أي تغيير في خط أساسه أو غايته أو معالمه أو وحدته أو اتجاهه تنقيح للإطار ويحتاج إلى القرار الذي يستند إليه.
indform-code-hint = حروف وأرقام و«.» و«-» و«_»؛ ولا يمكن تغييره لاحقاً.
indform-node = عقدة النتائج التي يقيسها
indform-aggregation = التجميع على مدى سنة
indform-aggregation-hint = النسبة المئوية والنسبة: آخر قيمة أو المتوسط أو النسبة؛ العدد والفرنك السويسري: آخر قيمة أو المجموع أو المتوسط؛ المؤشر القياسي: آخر قيمة أو المتوسط؛ نعم/لا: آخر قيمة.
indform-baseline-value = قيمة خط الأساس
indform-baseline-year = سنة خط الأساس
indform-target-value = غاية نهاية الخطة
indform-target-year = سنة الغاية
indform-milestones = المعالم السنوية (اترك السنة فارغة إن لم يوجد معلم)
indform-milestone = معلم { $year }
indform-node-owner = المسؤول عن العقدة
indform-key = مؤشر أداء رئيسي
indform-dims = مصنّف حسب
indform-tags-hint = افصل الوسوم بـ«;» أو «,»، مثل 9.c; 17.8 أو C2, C5.
indform-pred = السلف في خطة سابقة
indform-pred-code = رمز المؤشر في تلك الخطة
indform-pred-relation = العلاقة
indform-save-decision = الحفظ مع هذا القرار
indform-save = حفظ المؤشر
indform-add = إضافة المؤشر
indform-milestones-h = المعالم
indform-milestones-note = استمارة لكل سنة من سنوات الخطة؛ أفرغ القيمة لحذف معلم.
indform-save-milestone = حفظ معلم { $year }
freq-annual = سنوي
freq-quarterly = فصلي
freq-biennial = كل سنتين
freq-quadrennial = كل أربع سنوات

## ما يقوله النظام عن حقل مرفوض (قراءة الأرقام)

num-empty = فارغ: أدخل رقمًا (أرقام مع نقطة عشرية، مثل 1234.5)
num-too-precise = في `{ $typed }` أكثر من { $places } منازل عشرية
num-too-large = `{ $typed }` أكبر من أن يُخزَّن بدقة
num-unit = في `{ $typed }` علامة وحدة؛ الوحدات غير مقبولة: أدخل الرقم وحده ({ $number })
num-separator = في `{ $typed }` مسافة أو فاصلة عليا؛ فواصل الآلاف غير مقبولة: اكتب { $instead }
num-separator-plain = في `{ $typed }` مسافة أو فاصلة عليا؛ فواصل الآلاف غير مقبولة: اكتب أرقامًا مع نقطة عشرية، مثل 1234.5
num-comma = في `{ $typed }` فاصلة؛ الفاصلة العشرية غير مقبولة، ولا فواصل الآلاف: اكتب { $instead }
num-comma-plain = في `{ $typed }` فاصلة؛ الفاصلة العشرية غير مقبولة، ولا فواصل الآلاف: اكتب أرقامًا مع نقطة عشرية، مثل 1234.5
num-not-a-number = `{ $typed }` ليس رقمًا (استخدم أرقامًا مع نقطة عشرية، مثل 1234.5)
said-required = مطلوب
said-not-empty = يجب ألا يكون فارغًا
said-not-negative = يجب ألا يكون سالبًا

## المزيد مما يقوله النطاق عن حقل مرفوض: الرموز، وسنوات الخطة، وقيم الوحدة، والوسوم، والمستويات، والتنقيحات، وما يسميه الطلب، وترويسة الاستيراد وصفوفه

said-code-length = يجب أن يتكون من 1 إلى 40 حرفًا
said-code-character = `{ $character }` غير مسموح به: استخدم الحروف والأرقام و`.` و`-` و`_`
said-year-outside-plan = { $year } خارج الخطة { $plan } ({ $start }-{ $end })
said-baseline-year = لا يمكن أن تكون { $year } سنة الأساس للخطة { $plan } ({ $start }-{ $end })
said-year-too-far = { $year } بعيدة جدًا عن الخطة { $plan } ({ $start }-{ $end })
said-percent-outside = { $value } خارج النطاق 0..100 لنسبة مئوية
said-count-negative = { $value } سالب؛ ولا يجوز أن يكون العدد سالبًا
said-count-fraction = { $value } ليس عددًا صحيحًا؛ ويجب أن يكون العدد صحيحًا
said-yes-no = { $value } ليس 0 (لا) ولا 1 (نعم)
said-value-negative = { $value } سالب
said-not-a-tag = `{ $tag }` ليس وسمًا (فارغ، أو يحتوي على `;`)
said-not-a-level = `{ $level }` ليس مستوى نتائج
said-no-parent = بلا أصل
said-either = { $first } أو { $second }
said-parent-level = يجب أن يكون أصل عنصر المستوى { $level } هو { $allowed }، لا { $parent }
said-revision-nothing = لا شيء في هذا الطلب يغيّر قيمة أساس أو غاية أو معلمًا أو وحدة أو اتجاهًا
said-revision-needed = توجد قيم لهذا المؤشر، لذا فإن تغيير { $fields } تنقيح للإطار: قدّم `revision` مع decided_on وdeciding_body وreference وreason_category وjustification
said-if-match = مطلوب (أو أرسل If-Match)
said-if-match-totals = مطلوب لاستبدال المجاميع (أو أرسل If-Match)
said-own-account = لا يمكنك تعطيل حسابك أنت
said-say-why = مطلوب: اذكر السبب
said-plan-no-node = لا يوجد في الخطة { $plan } عنصر `{ $code }`
said-no-unit-code = لا توجد وحدة تنظيمية رمزها `{ $code }`
said-not-sortable = `{ $name }` ليس حقلًا يمكن الفرز به
said-no-user = لا يوجد مستخدم { $id }
said-no-unit = لا توجد وحدة تنظيمية `{ $code }`
said-no-plan = لا توجد خطة `{ $code }`
said-type-a-value = مطلوب للتقديم: اكتب قيمة
said-select-one = اختر قيمة واحدة على الأقل
said-import-more = { $count ->
    [zero] ولا مشكلات أخرى
    [one] ومشكلة أخرى واحدة من هذا السطر فصاعدًا، غير مدرجة: صحّح ما سبق واستورد من جديد
    [two] ومشكلتان أخريان من هذا السطر فصاعدًا، غير مدرجتين: صحّح ما سبق واستورد من جديد
    [few] و{ $count } مشكلات أخرى من هذا السطر فصاعدًا، غير مدرجة: صحّح ما سبق واستورد من جديد
    [many] و{ $count } مشكلة أخرى من هذا السطر فصاعدًا، غير مدرجة: صحّح ما سبق واستورد من جديد
   *[other] و{ $count } مشكلة أخرى من هذا السطر فصاعدًا، غير مدرجة: صحّح ما سبق واستورد من جديد
}
said-import-not-utf8 = الملف ليس نصًا بترميز UTF-8 (احفظه بصيغة CSV UTF-8)
said-import-empty = الملف فارغ: يجب أن يكون السطر الأول هو الترويسة
said-import-no-rows = للملف ترويسة لكن لا صفوف فيها قيمة (يُتخطى الصف الذي لم يُملأ فيه أي من { $cells })
said-import-line-not-utf8 = ليس نصًا بترميز UTF-8 (احفظ الملف بصيغة CSV UTF-8)
said-import-cells = { $cells ->
    [zero] ليس فيه أي خلية، وفي الترويسة { $width }
    [one] فيه خلية واحدة، وفي الترويسة { $width }
    [two] فيه خليتان، وفي الترويسة { $width }
    [few] فيه { $cells } خلايا، وفي الترويسة { $width }
    [many] فيه { $cells } خلية، وفي الترويسة { $width }
   *[other] فيه { $cells } خلية، وفي الترويسة { $width }
}
said-import-no-header = فيه قيمة لكن عموده بلا ترويسة: سمِّ العمود في الصف 1 أو أفرغه
said-header-twice = يرد مرتين في الترويسة
said-header-missing = غير موجود في الترويسة
said-header-no-plan = غير موجود: أضف العمود أو سمِّ خطة افتراضية (?plan= أو --plan)
said-header-unknown = ليس عمودًا يقبله الاستيراد (الأعمدة: { $columns }؛ أو بُعد: { $dimensions }؛ يُتجاهل: { $ignored })
said-not-found = { $what }: غير موجود
said-what-plan = الخطة { $code }
said-what-indicator = المؤشر { $code } من الخطة { $plan }
said-what-node = العنصر { $code } من الخطة { $plan }
said-what-risk = الخطر { $code } من الخطة { $plan }
said-what-user = المستخدم { $id }
said-what-run = إصدار التقرير { $id }
said-what-question = السؤال { $id }
said-aggregation-unsuited = `{ $aggregation }` لا يناسب الوحدة `{ $unit }` ({ $why }): استخدم { $allowed }
said-why-shares = الحصص لا تُجمع؛ وقاعدة ratio تجمع الأرباع بجمع بسوطها ومقاماتها
said-why-amounts = المبالغ ليس لها بسط ومقام يُجمعان
said-why-index = نقاط المؤشر القياسي لا تُجمع وليس لها بسط ومقام
said-why-yes-no = الإجابة بنعم/لا هي آخر إجابة أُعطيت؛ ومجموع الإجابات أو متوسطها ليس نعم ولا لا
said-contribute-itself = لا يمكن لعنصر أن يسهم في نفسه
said-role = يجب أن يكون admin أو planner أو reviewer
said-planner-unit = يجب أن ينتمي المخطِّط إلى وحدة تنظيمية
said-owner-to-take = مطلوب: ليس للعنصر وحدة مسؤولة يمكن أخذها
said-earlier-plan = يجب أن تكون دورة خطة سابقة، لا هذه الخطة
said-year-to-compare = مطلوب: السنة المراد مقارنتها
said-run-for-section = مطلوب لسؤال عن قسم من التقرير
said-say-why-corrected = مطلوب: اذكر سبب تصحيح القيمة المعتمدة
said-tell-planner = مطلوب: أخبر المخطِّط بما يجب تغييره
said-no-run = لا يوجد إصدار التقرير { $id }
said-what-indicator-in = المؤشر { $code } في الخطة { $plan }

## One-time messages of the forms that leave a page (saved, refused)

problems-not-saved = { $what }: لم يُحفظ: { $why }
problems-changed-meanwhile = غيّر شخص آخر { $what } في الأثناء، لذا لم يُحفظ تغييرك ({ $detail }). تعرض الصفحة الآن الأرقام الحالية: راجعها ثم احفظ مرة أخرى.
fin-named-line = بند الخطة { $year } { $unit } { $kind } { $category }
fin-named-actual = المبلغ الفعلي { $year } { $unit } { $kind } { $category }
fin-done-recorded = { $what }: سُجّل.
fin-done-updated = { $what }: حُدّث.
fin-done-added = { $what }: أضيف إلى الخطة المالية.
nodeform-done-added = أضيف { $level } { $code } إلى { $plan }
nodeform-done-saved = حُفظ { $code }
nodeform-done-retired = سُحبت العقدة { $code }: لم تعد جزءًا من { $plan }
nodeform-not-retired = لم تُسحب العقدة { $code }: { $why }
indform-done-added = أضيف المؤشر { $code } إلى { $node }
indform-done-saved = حُفظ المؤشر { $code }
indform-done-milestone-set = حُدّد معلم { $year } للمؤشر { $code } بالقيمة { $value }
indform-done-milestone-removed = حُذف معلم { $year } للمؤشر { $code }
mlinks-done-added = يشير { $code } الآن إلى { $vocabulary } { $mandate }
mlinks-not-added = لم يُضف الرابط: { $why }
mlinks-done-removed = لم يعد { $code } يشير إلى { $vocabulary } { $mandate }
mlinks-not-removed = لم يُحذف الرابط: { $why }
said-one-of = يجب أن يكون واحدًا من: { $words }
said-password-short = يجب ألا تقل عن { $min } حرفًا
said-password-long = يجب ألا تزيد على { $max } حرفًا
said-password-spaces = يجب ألا تتكون من مسافات فقط
said-password-one-character = يجب ألا تكون حرفًا واحدًا مكررًا
said-password-piece = يجب ألا تكون جزءًا أقصر مكررًا
said-password-run = يجب ألا تكون سلسلة من الحروف المتتالية مثل 123456789012
said-password-email = يجب ألا تكون بريدك الإلكتروني
said-password-common = هي من أكثر كلمات المرور شيوعًا؛ اختر غيرها
said-password-wrong = ليست كلمة مرورك الحالية
said-password-same = يجب أن تختلف عن كلمة المرور الحالية
account-this = كلمة المرور هذه { $reason }

## The domain's conflicts, stale versions, locks, missing records and more field reasons (issue 17.1, area `said`)

problems-conflict-reload = لم يُحفظ: { $detail }. أعد تحميل الصفحة لترى الحالة الحالية، ثم أجرِ التغيير مرة أخرى.
said-labelled = { $label }: { $why }
said-conflict-unique = يوجد بالفعل سجل له المفتاح الطبيعي نفسه
said-conflict-reference = يُشار إلى السجل من سجل لا يسمح بذلك، أو يشير هو إلى سجل كهذا
said-stale = { $what } في الإصدار { $current }، لا { $claimed }: أعد تحميله وطبّق تغييرك مرة أخرى
said-stale-totals = المجاميع المعتمدة { $biennium } في الإصدار { $current }، لا { $claimed }: أعد تحميلها وطبّق تغييرك مرة أخرى
said-stale-allocation = تخصيص { $unit } إلى { $node } في الإصدار { $current }، وكانت الصفحة تعرض الإصدار { $shown }
said-changed-while-editing = تغيّر السجل أثناء تحريرك له (الإصدار المتوقع { $expected }): أعد تحميله وطبّق تغييرك مرة أخرى
said-what-measurement = القيمة { $id }
said-what-period = فترة الإبلاغ { $year } من { $plan }
said-unrecorded-date = تاريخ غير مسجّل
said-unrecorded-user = مستخدم غير مسجّل
said-lock = أُقفلت فترة الإبلاغ { $year } من { $plan } في { $when } بواسطة { $who }
said-lock-note = أُقفلت فترة الإبلاغ { $year } من { $plan } في { $when } بواسطة { $who }: { $note }
said-lock-and-exception = { $lock }؛ { $ended }
said-exception-ended = انتهى الاستثناء الممنوح إلى { $unit } حتى { $until } بواسطة { $granted_by }
said-exception-revoked = أُلغي الاستثناء الممنوح إلى { $unit } حتى { $until } بواسطة { $granted_by } في { $at } بواسطة { $revoked_by }
said-exception-revoked-note = أُلغي الاستثناء الممنوح إلى { $unit } حتى { $until } بواسطة { $granted_by } في { $at } بواسطة { $revoked_by }: { $note }
said-exception-held = لدى { $unit } بالفعل الاستثناء { $id } لفترة الإبلاغ { $year } من { $plan } حتى { $until }: ألغه أولًا لتغيير نهايته
said-period-already-locked = فترة الإبلاغ { $year } من { $plan } مقفلة بالفعل
said-period-not-locked = فترة الإبلاغ { $year } من { $plan } غير مقفلة
said-plan-exists = توجد بالفعل خطة { $code }
said-plan-follows = الخطة { $plan } تلي بالفعل { $source }: الخطة التالية موجودة، لذا لا تُستنسخ مرة أخرى
said-already-contributes = { $from } يساهم بالفعل في { $to }
said-last-admin = { $email } هو آخر مدير نشط؛ اجعل مستخدمًا آخر مديرًا أولًا
said-run-published = نُشر تشغيل التقرير { $id } بالفعل في { $at }
said-indicator-exists = لدى الخطة { $plan } بالفعل مؤشر { $code }
said-node-exists = لدى الخطة { $plan } بالفعل عنصر { $code }
said-risk-exists = لدى الخطة بالفعل خطر { $code }
said-risk-linked = الخطر { $risk } مرتبط بالفعل بـ { $node }
said-allocation-exists = { $unit } يخصص بالفعل إلى { $node } في { $year } (التخصيص { $id })
said-item-exists = لدى الخطة التشغيلية بالفعل بند { $code } (المعرّف { $id })
said-milestone-gone = لم يعد لـ { $code } معلم لعام { $year }: أعد تحميله
said-deleted-meanwhile = تغيّرت القيمة { $id } أثناء حذفك لها: أعد تحميلها
said-revised-meanwhile = نقّح شخص آخر القيمة { $id } في اللحظة نفسها: أعد تحميل سجلها
said-revision-pending = لدى { $slot } بالفعل المراجعة { $revision } معلّقة (القيمة { $id }، { $state }): عدّلها أو قدّمها
said-entered-meanwhile = لدى { $slot } بالفعل قيمة أُدخلت في اللحظة نفسها: أعد التحميل ثم نقّحها أو عدّلها
said-no-dates = لا مواعيد بعد لجمع بيانات { $year } من { $plan }: حدّد المواعيد لكل الوحدات أولًا
said-what-finance-line = بند الخطة المالية { $id } من الخطة { $plan }
said-what-finance-actual = المبلغ المنفّذ { $id } من الخطة { $plan }
said-what-unit = الوحدة { $code }
said-what-dimension = البُعد { $code }
said-what-dimension-value = القيمة { $code } من البُعد { $dimension }
said-what-token = الرمز { $id }
said-what-item = البند التشغيلي { $id }
said-what-operational-plan = الخطة التشغيلية { $id } من الخطة { $plan }
said-what-allocation = التخصيص { $id } من الخطة { $plan }
said-what-notice = الإشعار { $id }
said-what-audit-entry = قيد التدقيق { $id }
said-level-goal = هدف
said-level-thematic_priority = أولوية مواضيعية
said-level-enabler = عامل تمكين
said-level-target = غاية
said-level-outcome = حصيلة
said-level-output = ناتج
said-outside-0-1 = { $value } خارج النطاق 0..1
said-plan-has-no-node = لا يوجد في الخطة عنصر `{ $code }`
said-link-to-level = { $code } عنصر من مستوى { $level }؛ الروابط المرجّحة تتجه إلى الأهداف والغايات
said-named-twice = ذُكر { $code } مرتين
said-not-an-org-unit = { $unit } ليس وحدة تنظيمية
said-unknown-unit = وحدة غير معروفة `{ $code }`
said-required-with = مطلوب مع { $other }
said-after-target-year = { $year } بعد سنة الغاية { $target }
said-year-given-twice = ذُكر { $year } مرتين
said-code-given-twice = ذُكر `{ $code }` مرتين
said-no-dimension = لا يوجد بُعد بالرمز `{ $code }`
said-no-plan-code = لا توجد خطة بالرمز `{ $code }`
said-no-unit-the-code = لا توجد وحدة تنظيمية بالرمز `{ $code }`
said-itself-or-below = { $parent } هو { $node } نفسه أو تحته
said-not-an-output = { $code } عنصر من مستوى { $level }، وليس ناتجًا
said-output-of-another-unit = الناتج { $code } يعود إلى وحدة تنظيمية أخرى
said-plan-no-indicator = لا يوجد في الخطة { $plan } مؤشر `{ $code }`
said-run-of-another-plan = تشغيل التقرير { $id } تابع لخطة أخرى
said-what-node-code = العنصر { $code }
said-what-risk-code = الخطر { $code }
said-what-indicator-code = المؤشر { $code }
said-draft-not-submitted = حُفظ كمسودة لكن لم يُقدَّم: { $why }
said-what-run-file = الملف { $path } من تشغيل التقرير { $id }
said-what-run-language = اللغة { $code } من تشغيل التقرير { $id }
said-what-run-language-file = الملف { $path } بلغة { $lang } من تشغيل التقرير { $id }
said-what-risk-link = رابط الخطر { $risk } بـ { $node }
said-nothing-at = لا شيء في { $path }
said-what-any-plan = أي خطة
said-what-milestone = معلم عام { $year } للمؤشر { $code }
said-what-contribution = رابط المساهمة { $id } من الخطة { $plan }
said-item-delivered = البند { $code } سلّم { $quantity } { $unit }: يبقى في السجل؛ غيّر حالته إلى ملغى بدلًا من ذلك

## آخر عبارات النطاق (issue 17.1، المجال `said`): الأسماء في الإصدارات القديمة، عنصر لا يمكن حذفه، مواعيد الجمع، روابط الولايات، الاستثناءات، حقول الناتج، وحدة الاستيراد وخانته، مشكلات مصنّف الإطار

said-what-finance-line-id = بند الخطة المالية { $id }
said-what-finance-actual-id = المبلغ المنفّذ { $id }
said-what-allocation-id = التخصيص { $id }
said-what-contribution-id = رابط المساهمة { $id }
said-what-milestone-of = معلم عام { $year } لـ { $code }
said-what-translation = نص { $what } باللغة { $lang }
said-changed-while-editing-what = تغيّر { $what } أثناء تعديلك له: أعد تحميله
said-what-dates = مواعيد جمع البيانات لعام { $year } من { $plan }
said-what-unit-dates = مواعيد جمع البيانات للوحدة { $unit } لعام { $year }
said-what-own-dates = { $what } (ليست للوحدة مواعيد خاصة بها)
said-dates-gone = لم تعد { $what } محددة: أعد تحميل الصفحة
said-due-before-opening = { $due } يسبق تاريخ الفتح { $opens }: يقع الموعد النهائي في ذلك اليوم أو بعده
said-what-exception = استثناء الإقفال { $id } من فترة الإبلاغ { $year } من { $plan }
said-exception-already-revoked = { $what } ملغى بالفعل
said-exception-already-ended = { $what } انتهى بالفعل في { $date }
said-node-blocked = لا يمكن حذف العنصر { $code } ما دام له { $blockers }
said-list = { $first }، { $rest }
said-blocker-child-nodes = { $count ->
    [zero] { $count } عنصر فرعي
    [one] عنصر فرعي واحد
    [two] عنصران فرعيان
    [few] { $count } عناصر فرعية
    [many] { $count } عنصرًا فرعيًا
   *[other] { $count } عنصر فرعي
}
said-blocker-indicators = { $count ->
    [zero] { $count } مؤشر
    [one] مؤشر واحد
    [two] مؤشران
    [few] { $count } مؤشرات
    [many] { $count } مؤشرًا
   *[other] { $count } مؤشر
}
said-blocker-allocations = { $count ->
    [zero] { $count } مخصص ميزانية
    [one] مخصص ميزانية واحد
    [two] مخصصا ميزانية
    [few] { $count } مخصصات ميزانية
    [many] { $count } مخصصًا للميزانية
   *[other] { $count } مخصص ميزانية
}
said-blocker-items = { $count ->
    [zero] { $count } بند من الخطة التشغيلية
    [one] بند واحد من الخطة التشغيلية
    [two] بندان من الخطة التشغيلية
    [few] { $count } بنود من الخطة التشغيلية
    [many] { $count } بندًا من الخطة التشغيلية
   *[other] { $count } بند من الخطة التشغيلية
}
said-blocker-risks = { $count ->
    [zero] { $count } خطر مرتبط
    [one] خطر مرتبط واحد
    [two] خطران مرتبطان
    [few] { $count } مخاطر مرتبطة
    [many] { $count } خطرًا مرتبطًا
   *[other] { $count } خطر مرتبط
}
said-mandate-linked = { $owner } يشير بالفعل إلى { $vocabulary } { $code }
said-no-mandate = لا توجد ولاية من نوع { $vocabulary } بالرمز `{ $code }`
said-what-mandate-link = رابط من { $owner } إلى { $vocabulary } { $code }
said-what-link = الرابط { $from }→{ $to }
said-what-subject = { $kind } { $key }
said-output-needs-kind = يجب أن يبيّن الناتج ما إذا كان منتجًا أم خدمة
said-not-product-or-service = `{ $kind }` ليس product ولا service
said-only-outputs-have-kind = النوع للنواتج وحدها، لا لعنصر من مستوى { $level }
said-output-needs-owner = يجب أن تملك الناتج وحدة تنظيمية واحدة
said-import-other-unit = { $code } يتبع وحدة تنظيمية أخرى؛ لا يجوز للمخطط أن يستورد إلا مؤشرات وحدته
said-import-also-on-line = { $slot } موجود أيضًا في السطر { $line }؛ الخانة تقبل قيمة واحدة
said-wb-unreadable = لا يمكن قراءته كمصنّف ‎.xlsx ({ $error }): نزّل مصنّف الإطار وعدّله
said-wb-sheet-missing = مفقودة: يحتاج المصنّف إلى كل أوراق الملف المنزَّل
said-wb-sheet-empty = فارغة: يجب أن يكون صفها الأول هو العناوين
said-wb-not-a-column = `{ $text }` ليس عمودًا في { $sheet }: الأعمدة هي { $columns }
said-wb-column-missing = العمود `{ $column }` مفقود
said-wb-no-header = تحتوي على قيمة لكن عمودها بلا عنوان: سمِّ العمود في الصف 1 أو امسحها
said-wb-other-plan = قيمتها `{ $value }`، لا الخطة { $plan }
said-wb-earlier-row = `{ $key }` موجود أيضًا في صف سابق
said-wb-not-whole = `{ $value }` ليس عددًا صحيحًا
said-wb-kept = تبقى كما حُمّلت: المصنّف لا يغيّرها
said-wb-removing = عند إزالة { $what }: { $why }
said-wb-removing-link = عند إزالة الرابط { $what }: { $why }
said-wb-clearing = عند مسح { $what }: { $why }
said-wb-new-link-entered = الرابط الجديد من نوع `entered`: اترك الخلية فارغة
said-wb-link-needs-weight = الرابط إلى هدف أو غاية يحتاج إلى وزن
said-wb-goal-links = روابط { $node } إلى الأهداف والغايات: { $why }
said-wb-new-node-entered = العنصر الجديد من نوع `entered` بلا مصدر: اترك provenance وsource فارغين
said-wb-level-fixed = ثابت: أضف بدلًا من ذلك عنصرًا جديدًا بهذا المستوى
said-wb-node-missing = العنصر { $code } (الصف { $line } من الملف المنزَّل) مفقود، وبذلك سيُسحب: { $why }
said-wb-not-a-date = `{ $value }` ليس تاريخًا (YYYY-MM-DD)
said-wb-new-risk-entered = الخطر الجديد من نوع `entered`: اترك الخلية فارغة
said-wb-risk-missing = الخطر { $code } (الصف { $line } من الملف المنزَّل) مفقود: المصنّف لا يحذف المخاطر؛ احذفه من صفحته
said-wb-needs-decision = يغيّر المصنّف خط الأساس أو الغاية أو معلمًا أو الوحدة أو الاتجاه لمؤشر له قيم: أدخل القرار (decided_on، deciding_body، reference، reason_category، justification)
said-wb-indicator-twice = المؤشر { $code } موجود أيضًا في صف سابق
said-wb-indicator-missing = المؤشر { $code } (الصف { $line } من الملف المنزَّل) مفقود: المصنّف لا يحذف المؤشرات
said-wb-new-indicator-entered = المؤشر الجديد من نوع `entered` بلا مصدر: اترك provenance وsource فارغين
said-wb-not-a-year = `{ $value }` ليس سنة
said-wb-not-true-false = `{ $value }` ليس true ولا false
said-wb-milestone-twice = معلم عام { $year } لـ { $code } موجود أيضًا في صف سابق
said-wb-both-or-neither = يذكر node_code وindicator_code معًا أو لا يذكر أيًّا منهما: اذكر واحدًا
said-wb-not-a-kind = `{ $kind }` ليس plan ولا node ولا indicator
said-wb-not-a-record = `{ $key }` ليس سجلًا من الخطة { $plan } (اكتب `{ $want }`)
said-wb-catalogue-differs = يختلف عن فهرس { $sheet }: { $sheet } مشتركة بين كل الخطط، فلا يغيّرها مصنّف خطة واحدة؛ غيّر هذا الصف من صفحته (أو اسأل المسؤول)، أو نزّل المصنّف مرة أخرى
said-wb-catalogue-row-missing = الصف `{ $row }` مفقود: { $sheet } مشتركة بين كل الخطط، فلا يحذفها مصنّف خطة واحدة

## Refusals of the right (403), unreadable and invalid requests (400, 415, 422), too many attempts (429) and a plan's step from the wrong status (issue 17.1, areas `said`, `problem`, `error`)

said-forbidden-own-entry = لا يجوز لأحد أن يعتمد إدخاله أو يعيده
said-forbidden-own-unit = لا يجوز للمخطط أن يغيّر إلا ما تملكه وحدته
said-forbidden-preview = لا تُعرض على أعضاء المجلس إلا عمليات التقرير المنشورة: المعاينة تُبنى من بيانات اليوم ولم تُنشر
said-forbidden-answer = لا يجوز الرد إلا لمكتب الأمين العام، أو لمخطط الوحدة التي أسند إليها المكتب السؤال
said-forbidden-role = لا يجوز لدور { $role } القيام بهذا
said-forbidden-csrf-header = X-CSRF-Token مفقود أو خاطئ لهذه الجلسة
said-forbidden-no-unit = المخطط الذي لا وحدة له لا يُدخل قيمًا
said-forbidden-reviewer-entry = مراجعو المجلس يقرؤون فقط؛ ولا يُدخلون بيانات
said-forbidden-risk-fields = لا يجوز لمخطط الوحدة المالكة أن يغيّر إلا { $allowed }؛ وليس { $fields }
said-forbidden-sheets = لا يحرّر البطاقات المرجعية إلا مكتب الأمين العام
said-forbidden-form-expired = انتهت صلاحية الاستمارة أو لم تأتِ من هذا الموقع؛ أعد تحميل الصفحة وحاول مرة أخرى
said-forbidden-framework = لا يحرّر الإطار إلا مكتب الأمين العام
said-forbidden-translations = لا يحرّر ترجمات الإطار إلا مكتب الأمين العام
said-value-label = { $label } (القيمة { $id })
said-throttled-login = { $minutes ->
    [zero] محاولات دخول فاشلة كثيرة: حاول مرة أخرى الآن
    [one] محاولات دخول فاشلة كثيرة: حاول مرة أخرى بعد دقيقة واحدة
    [two] محاولات دخول فاشلة كثيرة: حاول مرة أخرى بعد دقيقتين
    [few] محاولات دخول فاشلة كثيرة: حاول مرة أخرى بعد { $minutes } دقائق
    [many] محاولات دخول فاشلة كثيرة: حاول مرة أخرى بعد { $minutes } دقيقة
   *[other] محاولات دخول فاشلة كثيرة: حاول مرة أخرى بعد { $minutes } دقيقة
}
said-throttled-password = { $minutes ->
    [zero] كلمات مرور حالية خاطئة كثيرة: حاول مرة أخرى الآن
    [one] كلمات مرور حالية خاطئة كثيرة: حاول مرة أخرى بعد دقيقة واحدة
    [two] كلمات مرور حالية خاطئة كثيرة: حاول مرة أخرى بعد دقيقتين
    [few] كلمات مرور حالية خاطئة كثيرة: حاول مرة أخرى بعد { $minutes } دقائق
    [many] كلمات مرور حالية خاطئة كثيرة: حاول مرة أخرى بعد { $minutes } دقيقة
   *[other] كلمات مرور حالية خاطئة كثيرة: حاول مرة أخرى بعد { $minutes } دقيقة
}
said-wrong-too-often = أُدخلت خطأً مرات كثيرة: { $why }
said-if-match-not-version = If-Match `{ $text }` ليس رقم إصدار
said-plan-adopt-refused = حالة الخطة { $plan } هي «{ $status }»: لا تُعتمد إلا خطة في حالة «مشروع»
said-plan-close-refused = حالة الخطة { $plan } هي «{ $status }»: لا تُغلق إلا خطة في حالة «معتمدة»
problem-validation_failed-detail = الطلب غير صالح
problem-unsupported_media_type-detail = يجب أن يكون المتن بصيغة JSON مع Content-Type: { $type }
problem-bad_request-json = متن JSON غير صالح: { $detail }
problem-bad_request-path = العنوان غير صالح: { $detail }
problem-bad_request-query = تتعذر قراءة سلسلة الاستعلام: { $detail }
problem-bad_request-unreadable = تتعذر قراءة الطلب
problem-bad_request-multipart = استمارة multipart مشوّهة: { $detail }
problem-bad_request-file-part = تتعذر قراءة جزء الملف: { $detail }
error-unreadable = تعذرت قراءة العنوان أو الاستمارة: { $detail }.

## Notices by e-mail in the recipient's language: the subject and the link line (issue 17.1)

notice-mail-submitted = stratrack: قُدّمت القيمة { $value } للوحدة { $unit } للموافقة عليها
notice-mail-returned = stratrack: أُعيدت القيمة { $value } إلى { $unit }
notice-mail-approved = stratrack: تمت الموافقة على القيمة { $value }
notice-mail-bulk = stratrack: الوحدة { $unit }: قُدّم للموافقة { $count ->
    [zero] لا قيم
    [one] قيمة واحدة
    [two] قيمتان
    [few] { $count } قيم
    [many] { $count } قيمة
   *[other] { $count } قيمة
}
notice-mail-overdue = stratrack: تأخرت الوحدة { $unit } عن { $year }
notice-mail-assigned = stratrack: أُسند السؤال { $id } من المجلس إلى { $unit }
notice-mail-open = افتحه في stratrack: { $link }

## A financial row already there (issue 17.1, area `said`)

said-finance-line-taken = الخطة { $plan } لديها بالفعل بند في الخطة المالية لـ { $year } { $unit } { $kind } { $category } (المعرّف { $id })
said-finance-actual-taken = الخطة { $plan } لديها بالفعل مصروف منفَّذ لـ { $year } { $unit } { $kind } { $category } (المعرّف { $id })

## The allocation sheet's node checks (issue 17.1, area `said`)

said-allocate-to-level = { $code } عنصر من مستوى { $level }: خصّص لناتج أو أولوية مواضيعية أو عامل تمكين

## A translation key's format (issue 17.1, area `said`)

said-key-not-a-pair = `{ $key }` ليس على الصيغة `الأول/الثاني`

## The last refusals of the pages and of the domain's checks (issue 17.1, area `said`)

said-one-of-not = { $one_of }، وليس `{ $sent }`
said-not-one-of = `{ $sent }` ليس واحدًا من: { $words }
said-joined = { $first }؛ { $rest }
said-sentence = { $text }.
said-form-unreadable = تعذّرت قراءة النموذج: { $detail }
said-lang-not-english = { $one_of } (الإنكليزية هي النص الأصلي للسجل)
said-no-definition-to-translate = السجل من نوع { $kind } ليس له تعريف للترجمة
said-no-plan-has-code = لا توجد خطة بالرمز `{ $code }`
said-no-node-has-code = لا يوجد عنصر نتائج بالرمز `{ $code }`
said-no-plan-the-code = لا توجد خطة بالرمز { $code }
said-frozen-or-published = يجب أن يكون frozen أو published
said-one-line-of = أدخل نصًا في سطر واحد لا يتجاوز عدد أحرفه { $max }، أو اتركه فارغًا
said-assessment-csv-codes-only = جداول CSV في التقييم الرباعي السنوات تحمل رموزها فقط: احذفه أو اجعله false
said-annual-needs-year = يحتاج التقرير السنوي إلى سنته
said-assessment-no-year = يشمل التقييم الخطة حتى آخر سنة فيها قيمة معتمدة: لا تحدد السنة
said-language-or-languages = أدخل إما `language` (لغة واحدة) أو `languages` (قائمة)، لا كليهما
said-at-least-one-of = أدخل واحدًا على الأقل من: { $words }
said-not-annual-or-assessment = `{ $sent }` ليس annual ولا assessment
said-give-whole-number = أدخل عددًا صحيحًا
said-not-yes = `{ $sent }` ليس yes
said-quarter-not = يجب أن يكون من 1 إلى 4، وليس { $sent }
said-whole-from-1 = يجب أن يكون عددًا صحيحًا من 1 إلى { $max }
said-yes-or-no-not = يجب أن يكون yes أو no، وليس `{ $sent }`
said-outside-the-plan = { $what } خارج الخطة ({ $start }-{ $end })
said-only-split-unit = التقسيم الوحيد الممكن هو `unit`
said-revenue-or-expense = يجب أن يكون revenue أو expense
said-biennium-form = يجب أن يكون سنتين متتاليتين، مثل 2028-2029
said-not-in-biennium = { $year } ليست ضمن فترة السنتين { $biennium }
said-not-a-category = `{ $category }` ليست فئة من فئات { $kind }
said-draft-adopted-closed = يجب أن يكون draft أو adopted أو closed
said-status-moves-by = لا يتغير إلا بالاعتماد (POST /api/v1/plans/{ $plan }/adopt) أو الإغلاق (POST /api/v1/plans/{ $plan }/close)
said-between = يجب أن يكون بين { $low } و{ $high }
said-longer-than = يتجاوز الحد الأقصى لعدد الأحرف ({ $max })
said-year-not-between = { $year } ليست بين { $first } و{ $last }
said-fixed-too-precise = يتجاوز الحد الأقصى للمنازل العشرية ({ $places })
said-fixed-too-large = أكبر من أن يُخزَّن بدقة
said-fixed-not-a-number = ليس عددًا عشريًا (استخدم أرقامًا مع نقطة، مثل 1234.5)
said-note-longer = تتجاوز الملاحظة الحد الأقصى لعدد الأحرف ({ $max })
said-note-to-return = يلزم إدخال ملاحظة لإعادتها؛ أخبر المخطِّط بما يجب تغييره
said-plan-no-indicator-yet = لا تحتوي الخطة على أي مؤشر بعد
said-version-missing = مفقود أو ليس عددًا صحيحًا؛ أعد تحميل الصفحة
said-not-a-date-like = `{ $sent }` ليس تاريخًا ({ $example })
said-not-whole-from-to = `{ $sent }` ليس عددًا صحيحًا من { $low } إلى { $high }
said-wb-not-a-file = لم يُرسَل المصنف كملف (multipart/form-data): اختره في النموذج أدناه
said-codes-and-more = { $codes } و{ $count } غيرها
said-lack-target = مؤشرات بلا غاية نهائية (القيمة والسنة): { $count } — { $codes }
said-lack-baseline = مؤشرات بلا خط أساس (القيمة والسنة): { $count } — { $codes }
said-lack-keys = { $lack }؛ منها مؤشرات رئيسية يقيّمها التقرير المقدم إلى المجلس: { $count } — { $codes }
said-outside-period = { $year } خارج فترة الخطة { $plan } ({ $start }-{ $end })
said-more-years-outside = وسنوات مؤشرات أخرى خارج الفترة: { $count }
said-plan-no-goal = لا تتضمن الخطة { $plan } الهدف الاستراتيجي `{ $code }`
said-plan-no-priority = لا تتضمن الخطة { $plan } أولوية مواضيعية أو عامل تمكين `{ $code }`
said-plan-no-subject = لا تتضمن هذه الخطة { $kind } `{ $subject }`
said-http-link = يجب أن يكون رابط http:// أو https://
said-not-a-known-plan = `{ $code }` ليس خطة معروفة
said-not-an-indicator-of = `{ $code }` ليس مؤشرًا في الخطة { $plan }
said-not-a-quarter = { $quarter } ليس ربعًا (من 1 إلى 4)
said-not-zero = يجب ألا يكون 0
said-not-a-year-quoted = { $sent } ليس سنة
said-no-file-chosen = لم يُختر أي ملف
said-not-node-or-indicator = `{ $sent }` ليس node ولا indicator
said-choose-mandate = اختر ولاية
said-not-a-run-number = ليس رقم إصدار تقرير
said-whole-number = يجب أن يكون عددًا صحيحًا
said-is-not-whole-number = ليس عددًا صحيحًا
said-not-a-date-time = { $sent } ليس تاريخًا ووقتًا: اكتبه بالشكل 2029-04-01T00:00:00Z (أو 2029-04-01T00:00، ويُقرأ بالتوقيت العالمي)
said-until-passed = { $until } قد مضى: يجب أن ينتهي الاستثناء في المستقبل
said-not-sortable-among = `{ $name }` ليس حقلًا قابلًا للفرز ({ $fields })
said-weight-outside = الوزن { $weight } خارج النطاق 0..1
said-weights-sum = مجموع الأوزان { $sum }، وليس 1
said-allocation-over-budget = سيرفع مخصصات { $unit } في { $year } إلى { $after } ألف فرنك سويسري، أي بزيادة { $over } عن ميزانية نفقاتها البالغة { $budget }؛ خصّص بحد أقصى قيمة الميزانية
said-not-a-year-of-plan = { $year } ليست سنة من سنوات الخطة { $plan } ({ $start }-{ $end })
said-keep-dimensions = قيم هذا المؤشر مصنفة حسب { $dimensions }: أبقِ عليه
said-milestones-unsuited = المعالم لا تناسبها ({ $why })؛ غيّرها أولًا
said-type-a-value-draft = مطلوب: اكتب قيمة (تُحذف المسودة من صفحتها الخاصة)
said-reason-only-revising = لا يُذكر إلا عند تنقيح قيمة معتمدة؛ التعديل لا يحتفظ بسبب
said-not-a-biennium = `{ $biennium }` ليست فترة سنتين في الخطة { $plan } ({ $start }-{ $end }): اكتب YYYY-YYYY بدءًا من { $start } أو كل سنتين بعدها
said-quoted-not-a-date = { $sent } ليس تاريخًا ({ $example })
said-not-a-known-dimension = `{ $dimension }` ليس بُعدًا معروفًا
said-not-disaggregated-by = المؤشر { $indicator } غير مصنف حسب { $dimension } (أبعاده: { $dimensions })
said-not-a-value-of = `{ $value }` ليست قيمة من قيم { $dimension } ({ $values })
said-required-for-share = مطلوب لحصة مؤشر { $unit }
said-no-operational-plan-id = لا توجد خطة تشغيلية بالمعرّف { $id }
said-neither-plan-has = لا تتضمن { $plan } ولا { $before } هدفًا أو أولوية مواضيعية أو عامل تمكين `{ $code }`
said-required-with-weight = مطلوب عند إعطاء وزن
said-step-from-state = القياس { $id } في الحالة { $state }: { $rule }
said-rule-edit = لا يمكن تعديل إلا مسودة أو قيمة معادة
said-rule-submit = لا يمكن تقديم إلا مسودة أو قيمة معادة
said-rule-approve = لا يمكن اعتماد إلا قيمة مقدَّمة
said-rule-return = لا يمكن إعادة إلا قيمة مقدَّمة
said-rule-revise = لا يمكن تنقيح إلا قيمة معتمدة
said-rule-delete = لا يمكن حذف إلا مسودة
said-occupied = لدى { $what } قيمة بالفعل (القياس { $id }، التنقيح { $revision }، { $state }): { $how }
said-occupied-revise = صحّحها باستخدام POST /api/v1/measurements/{ $id }/revise
said-occupied-wait = انتظر مراجعتها، أو اطلب إعادتها
said-occupied-edit = عدّلها باستخدام PATCH /api/v1/measurements/{ $id }

## What serde, a query string and the import's reader refuse (issue 17.1, area `said`)

said-not-a-known-field = ليس حقلًا معروفًا
said-not-a-known-parameter = ليس معلمة معروفة
said-out-of-range = خارج النطاق المسموح
said-query-refused = تعذّرت قراءة المعلمة: { $detail }
said-json-refused = تعذّرت قراءة القيمة: { $detail }
said-json-at = { $why } (السطر { $line }، العمود { $column })
said-json-invalid-type = نوع غير صالح: { $found }، والمتوقع: { $expected }
said-json-invalid-value = قيمة غير صالحة: { $found }، والمتوقع: { $expected }
said-json-invalid-length = طول غير صالح ({ $length })، والمتوقع: { $expected }
said-json-unknown-variant = متغير غير معروف `{ $name }`، والمتوقع: { $expected }
said-json-unknown-field = حقل غير معروف `{ $name }`، والمتوقع: { $expected }
said-json-missing-field = الحقل `{ $name }` مفقود
said-json-duplicate-field = الحقل `{ $name }` مكرر
said-json-found-string = السلسلة النصية { $value }
said-json-found-integer = العدد الصحيح { $value }
said-json-found-float = العدد العشري { $value }
said-json-found-boolean = القيمة المنطقية { $value }
said-json-found-character = الحرف { $value }
said-json-found-null = null
said-json-found-map = كائن
said-json-found-sequence = قائمة
said-json-found-unit = قيمة فارغة
said-json-found-bytes = سلسلة بايتات
said-json-found-number = عدد
said-json-expected-string = سلسلة نصية
said-json-expected-boolean = قيمة منطقية
said-json-expected-sequence = قائمة
said-json-expected-map = كائن
said-json-expected-decimal = عدد عشري (سلسلة نصية مثل "1234.5" أو عدد JSON)
said-json-expected-integer = عدد صحيح ({ $type })
said-json-one-of = واحد من { $words }
said-json-either = { $first } أو { $second }
said-json-no-variants = لا توجد متغيرات
said-json-no-fields = لا توجد حقول
said-xlsx-date-cell = تحتوي على تاريخ؛ هذا العمود يقبل عددًا أو نصًا: اجعل تنسيق الخلية «عام» أو «نص»
said-xlsx-error-cell = تحتوي على الخطأ { $error }: ضع القيمة نفسها في الخلية
said-xlsx-unreadable = يبدو الملف مصنّفًا لكن تعذّرت قراءته بصيغة ‎.xlsx ({ $detail }): احفظه بصيغة مصنّف Excel ‏(‎.xlsx) أو CSV UTF-8
said-xlsx-no-sheet = لا يحتوي المصنّف على أي ورقة
said-xlsx-sheet-empty = الورقة { $sheet } فارغة: يجب أن يكون صفها الأول هو الترويسة
said-xlsx-sheet-unreadable = تعذّرت قراءة الورقة { $sheet }: { $detail }
said-xlsx-unpacks-too-large = حجم المصنّف بعد فك الضغط { $size } ميبيبايت، وهو أكبر من الحد الذي يقبله الاستيراد الواحد ({ $max } ميبيبايت): قسّمه إلى عدة ملفات
said-xlsx-too-many-rows = يتجاوز عدد صفوف الورقة { $sheet } الحد الأقصى للاستيراد الواحد ({ $max }): قسّمها إلى عدة ملفات
said-import-line-unreadable = تعذّرت قراءته: { $detail }
said-import-file-unreadable = تعذّرت قراءة الملف: { $detail }
said-import-header-unreadable = تعذّرت قراءة الترويسة: { $detail }
said-import-dimensions-both = اذكر الأبعاد إما في عمود disaggregation وإما في عمود لكل بُعد، لا بالطريقتين معًا
said-import-xls = مصنّف Excel 97-2003 ‏(‎.xls)، وهو لا يُقرأ: احفظه بصيغة مصنّف Excel ‏(‎.xlsx) أو CSV UTF-8
said-import-workbook-unreadable = تعذّرت قراءة المصنّف: { $detail }
said-import-workbook-too-large = حجم المصنّف أكبر من الحد الذي يقبله الاستيراد الواحد ({ $max } ميبيبايت)
said-no-file-part = لا يحتوي النموذج على الجزء `file`
problem-bad_request-other = تعذّرت قراءة الطلب: { $detail }
said-at-most-chars = يجب ألا يتجاوز عدد الأحرف { $max }
said-no-control-chars = يجب ألا يحتوي على أحرف تحكم أو أحرف غير مرئية
said-no-spaces = يجب ألا يحتوي على مسافات
said-email-like = يجب أن يكون عنوان بريد إلكتروني مثل name@itu.int
said-email-one-at = يجب أن يحتوي على @ واحدة بالضبط
said-email-local = يجب أن يسبق @ من 1 إلى 64 حرفًا
said-email-domain = يجب أن يلي @ نطاق فيه نقطة، مثل itu.int
said-no-node-the-code = لا يوجد عنصر في هذه الخطة رمزه `{ $code }`
said-date-or-time = يجب أن يكون تاريخًا (2028-12-31) أو وقتًا بصيغة RFC 3339 ‏(2028-12-31T23:59:59Z)
said-no-user-email = لا يوجد مستخدم بريده الإلكتروني `{ $email }`

## A disaggregation that cannot be read and a share that does not match its parts (issue 17.1, area `said`)
# NEEDS REVIEW by the language services: not taken from an official text.
said-not-dimension-value = `{ $part }` ليس على الصورة بُعد=قيمة
said-dimension-twice = البُعد `{ $dimension }` مذكور مرتين
said-dimension-value-not-code = يجب أن تكون قيمة `{ $dimension }` رمز قيمة، لا { $sent }
said-disaggregation-shape = يجب أن يكون كائنًا مثل {"{"}"sex": "female"{"}"} أو نصًا مثل `sex=female`، لا { $sent }
said-share-zero-denominator = المقام يساوي 0، لذا لا يمكن التحقق من القيمة
said-share-not-percent = { $value } لا يساوي 100 × البسط ÷ المقام (100 × { $numerator } ÷ { $denominator } = { $exact })
said-share-not-ratio = { $value } لا يساوي البسط ÷ المقام ({ $numerator } ÷ { $denominator } = { $exact })
said-as-of-unreadable = `{ $sent }` ليس `adopted` ولا تاريخًا بالصيغة YYYY-MM-DD
error-refused-status = رُفض الطلب ({ $status } { $phrase }).
