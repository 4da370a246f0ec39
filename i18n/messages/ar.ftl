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
