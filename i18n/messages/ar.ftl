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
