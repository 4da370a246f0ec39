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
