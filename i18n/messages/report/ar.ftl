### NEEDS REVIEW by the ITU language services (Arabic section): written by the stratrack developers,
### not taken from an official ITU text. Remove this mark once the language services have reviewed the
### text (docs/I18N.md).

## Page, cover and contents

report-title = { $plan } — التقرير السنوي إلى المجلس، { $year }
report-kicker = التقرير السنوي إلى المجلس بشأن تنفيذ الخطة الاستراتيجية
report-heading = { $plan }: التنفيذ والأداء في عام { $year }
report-period = { $resolution } · فترة الخطة { $start }–{ $end } · سنة التقرير { $year }
report-meta = إصدار التقرير { $run } · لقطة البيانات { $snapshot } · أُنشئ في { $generated }
report-illustrative-note = بعض الأرقام الواردة في هذا التقرير توضيحية (بيانات نموذجية) وليست نتائج رسمية. وتحمل الرسوم البيانية المبنية عليها علامة «بيانات توضيحية»، وتُعلَّم في الجداول بعبارة «توضيحي».
report-contents = المحتويات
report-footer = { $plan } · { $year } · إصدار التقرير { $run }
report-figure = الشكل { $number }.
report-figure-data = بيانات الشكل { $number }

## report.pdf's cover, running header and footer; report.xlsx's header rows, notes and properties; the CSV
## tables' row of names (report form 5). Column names: `report-col-` and the English name in kebab-case.

report-cover-author = الأمين العام
report-cover-body = المجلس
report-cover-no-session = الدورة غير محددة
report-cover-no-symbol = لم يُخصَّص رمز للوثيقة
report-cover-original = الأصل: بالإنكليزية
report-cover-by = تقرير الأمين العام
report-cover-subtitle = التقرير السنوي إلى المجلس بشأن تنفيذ الخطة الاستراتيجية للفترة { $start }–{ $end } ({ $resolution })، سنة التقرير { $year }
report-cover-purpose-heading = الغرض
report-cover-purpose = يُطلع هذا التقرير المجلس على تنفيذ الخطة الاستراتيجية في عام { $year }: حالة مؤشراتها، والمالية، والتنفيذ التشغيلي، والمخاطر، وجودة البيانات. والمجلس مدعو إلى الإحاطة علماً بالتقرير.
report-cover-running = { $plan } · التقرير السنوي إلى المجلس، { $year }
report-cover-illustrative = بعض الأرقام الواردة في هذا التقرير توضيحية (بيانات نموذجية) وليست نتائج رسمية.
report-cover-symbol-note = لم يُحدَّد رمز للوثيقة في إصدار التقرير هذا؛ وتخصص الأمانة رمزاً عند تقديم التقرير إلى المجلس.
report-pdf-page = الصفحة { $page } من { $pages }
report-xlsx-title = { $plan } — التقرير السنوي { $year }
report-xlsx-subject = تقرير إلى المجلس بشأن التنفيذ، { $year }
report-xlsx-text-number-note = تتضمن بعض الأرقام في هذا العمود أكثر من 15 رقماً معنوياً، وهو أكثر مما يستطيع Excel الاحتفاظ به في عدد: لذا كُتبت نصاً حفاظاً على الرقم الدقيق.
report-col-about = الموضوع
report-col-achieved = تحقق
report-col-actual = الفعلي
report-col-actual-chf-thousands = الفعلي (بآلاف الفرنكات السويسرية)
report-col-actual-last-year = الفعلي في السنة السابقة
report-col-actual-older-than-the-year = قيمة فعلية أقدم من السنة
report-col-actual-plan-chf-thousands = الفعلي − المخطط (بآلاف الفرنكات السويسرية)
report-col-as-adopted = بصيغته المعتمدة
report-col-as-reported = كما أُبلغ عنه
report-col-as-revised = بصيغته المنقحة
report-col-asked-by = طرحه
report-col-asked-on = تاريخ الطرح
report-col-at-risk = معرض للخطر
report-col-author = الكاتب
report-col-baseline = خط الأساس
report-col-baseline-year = سنة خط الأساس
report-col-budget-chf-thousands = الميزانية (بآلاف الفرنكات السويسرية)
report-col-category = الفئة
report-col-category-code = رمز الفئة
report-col-change-since-last-year = التغير منذ السنة السابقة
report-col-changed-at-utc = وقت التغيير (UTC)
report-col-changed-by = غيّره
report-col-check = التحقق
report-col-checked-against = مقارنةً بـ
report-col-closing-year = سنة الإقفال
report-col-computed-chf-thousands = المحسوب (بآلاف الفرنكات السويسرية)
report-col-computed-reference-chf-thousands = المحسوب − المرجع (بآلاف الفرنكات السويسرية)
report-col-cost-chf-thousands = التكلفة (بآلاف الفرنكات السويسرية)
report-col-cost-so-far-in-the-period-chf-thousands = التكلفة المتراكمة في الفترة (بآلاف الفرنكات السويسرية)
report-col-data-quality = جودة البيانات
report-col-decided-on = تاريخ القرار
report-col-deciding-body = الهيئة المقررة
report-col-decision-reference = مرجع القرار
report-col-delivered = المنجز
report-col-delivered-in-full = منجز بالكامل
report-col-delivery-rate = معدل الإنجاز
report-col-detail = التفاصيل
report-col-dimension = البُعد
report-col-direction = الاتجاه
report-col-disaggregation = التصنيف
report-col-evidence-link = رابط الأدلة
report-col-expected-this-year = المتوقع هذه السنة
report-col-field-revised = الحقل المنقح
report-col-impact = الأثر
report-col-in-force-for-the-year = سارٍ للسنة
report-col-indicator = المؤشر
report-col-indicator-code = رمز المؤشر
report-col-indicator-code-in-that-plan = رمز المؤشر في تلك الخطة
report-col-indicators = المؤشرات
report-col-indicators-rated = المؤشرات المقيّمة
report-col-item = البند
report-col-item-code = رمز البند
report-col-key-indicator = مؤشر رئيسي
report-col-kind = النوع
report-col-kind-of-note = نوع الملاحظة
report-col-kind-of-restatement = نوع إعادة البيان
report-col-level = المستوى
report-col-likelihood = الاحتمال
report-col-linked-results = النتائج المرتبطة
report-col-mandate = الولاية
report-col-mandate-code = رمز الولاية
report-col-mean-progress = متوسط التقدم
report-col-message = الرسالة
report-col-message-number = رقم الرسالة
report-col-mitigation = التخفيف
report-col-narrative = السرد
report-col-no-data = لا توجد بيانات
report-col-now = الآن
report-col-off-track = خارج المسار
report-col-on-track = على المسار الصحيح
report-col-output-code = رمز الناتج
report-col-owner-unit = الوحدة المسؤولة
report-col-parent-result-code = رمز النتيجة الأم
report-col-period = الفترة
report-col-plan-chf-thousands = المخطط (بآلاف الفرنكات السويسرية)
report-col-plan-of-the-value = خطة القيمة
report-col-planned = المخطط
report-col-points-projected-from = النقاط المستخدمة في الإسقاط
report-col-progress = التقدم
report-col-projected-value-in-the-target-year = القيمة المسقطة في سنة الهدف
report-col-projection-outlook = توقع الإسقاط
report-col-provenance = المصدر
report-col-quality-as-reported = الجودة كما أُبلغ عنها
report-col-quality-now = الجودة الآن
report-col-quarter = الربع
report-col-question = السؤال
report-col-question-number = رقم السؤال
report-col-reason = السبب
report-col-reason-for-the-status = سبب الحالة
report-col-reconciles = متطابق
report-col-reference-chf-thousands = المرجع (بآلاف الفرنكات السويسرية)
report-col-report-run = إصدار التقرير
report-col-report-run-restated = إصدار التقرير المعاد بيانه
report-col-result = النتيجة
report-col-result-code = رمز النتيجة
report-col-result-or-indicator = النتيجة أو المؤشر
report-col-result-or-indicator-code = رمز النتيجة أو المؤشر
report-col-reviewed-on = تاريخ الاستعراض
report-col-risk = الخطر
report-col-risk-code = رمز الخطر
report-col-score-likelihood-impact = الدرجة (الاحتمال × الأثر)
report-col-series = السلسلة
report-col-status = الحالة
report-col-status-last-year = الحالة في السنة السابقة
report-col-status-move = تغير الحالة
report-col-target = الهدف
report-col-target-year = سنة الهدف
report-col-unit = الوحدة
report-col-unit-of-measure = وحدة القياس
report-col-value = القيمة
report-col-vocabulary = المفردات
report-col-what-is-checked = ما يجري التحقق منه
report-col-written-on = تاريخ الكتابة
report-col-year = السنة
report-col-year-of-the-actual = سنة القيمة الفعلية
report-col-indicator-unit = وحدة القياس

## Section headings (also the contents)

report-section-summary = الملخص التنفيذي
report-section-moves = المؤشرات التي تغيّر وضعها منذ عام { $since }
report-section-goals = الغايات الاستراتيجية
report-section-priorities = الأولويات المواضيعية والعوامل التمكينية
report-section-mandates = النتائج التي تخدم كل قرار
report-section-finance = الشؤون المالية
report-section-operations = التنفيذ التشغيلي
report-section-risks = المخاطر
report-section-breakdowns = التوزيع حسب الجنس والمنطقة
report-section-data-quality = جودة البيانات
report-section-revisions = تنقيحات الإطار السارية
report-section-restatements = إعادة عرض الأرقام المبلغ عنها في العام الماضي
report-section-annex = الملحق: قاعدة تحديد الوضع والعتبات
report-section-sheets = الملحق: البطاقات المرجعية للمؤشرات
report-section-questions = الملحق: أسئلة أعضاء المجلس والردود عليها

## Charts

report-chart-illustrative = بيانات توضيحية
report-chart-no-data = لا توجد بيانات
report-chart-indicators-axis = عدد المؤشرات
report-chart-status-goal-title = وضع المؤشرات حسب الغاية الاستراتيجية، { $year }
report-chart-status-goal-subtitle = عدد المؤشرات في كل وضع لكل غاية استراتيجية وجميع النتائج التابعة لها. وضع «معرّض للخطر» مظلل بخطوط مائلة، و«خارج المسار» بخطوط متقاطعة؛ n = عدد المؤشرات، % = متوسط التقدم.
report-chart-status-goal-empty = لم يُقيَّم أي مؤشر لأي غاية استراتيجية لعام { $year }.
report-chart-status-priority-title = وضع المؤشرات حسب الأولوية المواضيعية، { $year }
report-chart-status-priority-subtitle = عدد المؤشرات في كل وضع لكل أولوية مواضيعية وجميع النتائج التابعة لها. وضع «معرّض للخطر» مظلل بخطوط مائلة، و«خارج المسار» بخطوط متقاطعة؛ n = عدد المؤشرات، % = متوسط التقدم.
report-chart-status-priority-empty = لم يُقيَّم أي مؤشر لأي أولوية مواضيعية لعام { $year }.
report-chart-budget-title = الميزانية مقابل النفقات الفعلية حسب الوحدة التنظيمية، { $year }
report-chart-budget-subtitle = الخطة المالية (المقرر 5) مقابل التنفيذ، بآلاف الفرنكات السويسرية؛ ومعدل التنفيذ بين قوسين (جزئي حيث لا تتوفر بعدُ أرقام فعلية لبعض البنود).
report-chart-budget-empty = لا يوجد بند نفقات في الخطة المالية لعام { $year }.
report-chart-chf-axis = آلاف الفرنكات السويسرية
report-chart-plan = المخطط
report-chart-actual = الفعلي
report-chart-cost-goal-title = التكلفة حسب الغاية الاستراتيجية، { $period }
report-chart-cost-goal-empty = لم تُخصَّص ميزانية لأي غاية استراتيجية للفترة { $period }.
report-chart-cost-priority-title = التكلفة حسب الأولوية المواضيعية، { $period }
report-chart-cost-priority-empty = لم تُخصَّص ميزانية لأي أولوية مواضيعية للفترة { $period }.
report-chart-cost-subtitle = مخصصات الميزانية لجميع الوحدات موزعة وفق أوزان المساهمة، بآلاف الفرنكات السويسرية؛ والحصة من المجموع بين قوسين.
report-chart-cost = التكلفة
report-chart-delivery-title = معدل تنفيذ الخطط التشغيلية حسب الوحدة، { $year }
report-chart-delivery-subtitle = متوسط الكمية المنفذة ÷ الكمية المخططة لكل بند، بحد أقصى 100%؛ باستثناء البنود الملغاة.
report-chart-delivery-axis = معدل التنفيذ (%)
report-chart-delivery-rate = معدل التنفيذ
report-chart-delivery-empty = لا يوجد بند في الخطة التشغيلية لعام { $year }.
report-chart-status-of = الوضع: { $status }
report-chart-year = السنة
report-chart-expected = المسار المتوقع
report-chart-baseline = خط الأساس
report-chart-milestone = معلم مرحلي
report-chart-target = الهدف
report-chart-approved = القيمة الفعلية المعتمدة
report-chart-provisional = مؤقتة أو تقديرية
report-chart-projection = الإسقاط (خط المربعات الصغرى)
report-chart-report-year = سنة التقرير
report-chart-value = القيمة ({ $unit })
report-chart-baseline-at = خط الأساس { $year }: { $value }
report-chart-target-at = الهدف { $year }: { $value }

## Content of the translated sections (report form 4): goals and thematic priorities, their tables and
## the notes and text alternatives of their charts

report-list-separator = {"، "}
report-notes-separator = {"؛ "}
report-yes = نعم
report-no = لا
report-goals-intro = تُحسب لكل غاية المؤشرات المتعلقة بالغاية وبكل نتيجة تندرج تحتها، ويُحسب كل مؤشر مرة واحدة. وتُستمد حالات المؤشرات من قاعدة الحالة المبينة في الملحق.
report-priorities-intro = تُحسب لكل أولوية مواضيعية مؤشرات نتائجها ونواتجها، ويُحسب كل مؤشر مرة واحدة.
report-level-goal = الغاية الاستراتيجية
report-level-target = المقصد
report-level-thematic_priority = الأولوية المواضيعية
report-level-outcome = النتيجة
report-level-output = الناتج
report-level-enabler = عامل التمكين
report-rollup = { $total ->
    [zero] لا توجد مؤشرات: { $counts }{ $mean }.
    [one] مؤشر واحد: { $counts }{ $mean }.
    [two] مؤشران: { $counts }{ $mean }.
    [few] { $total } مؤشرات: { $counts }{ $mean }.
    [many] { $total } مؤشرًا: { $counts }{ $mean }.
   *[other] { $total } مؤشر: { $counts }{ $mean }.
}
report-rollup-mean = ؛ متوسط التقدم { $progress } (المؤشرات المقيَّمة: { $rated })
report-rollup-none = لا يرتبط أي مؤشر بهذه النتيجة أو بالنتائج التي تندرج تحتها.
report-linked-indicators = من بين هذه المؤشرات، ينتمي { $count } إلى نتائج تسهم في { $code } عبر روابط الإسهام؛ وهي مدرجة تحت تلك النتائج.
report-indicators-of = مؤشرات { $code }، { $year }
report-trajectories-of = مسارات مؤشرات مستوى المقاصد والمؤشرات الرئيسية لـ { $code }
report-th-code = الرمز
report-th-indicator = المؤشر
report-th-name = الاسم
report-th-baseline = خط الأساس
report-th-target = الهدف
report-th-expected = المتوقع { $year }
report-th-actual = الفعلي
report-th-progress = التقدم
report-th-status = الحالة
report-th-change-since = التغير منذ { $year }
report-th-projection = الإسقاط في سنة الهدف
report-th-likely = الهدف قابل للتحقيق على الأرجح
report-th-notes = ملاحظات
report-th-total = المجموع
report-th-mean-progress = متوسط التقدم
report-th-year = السنة
report-th-reference = المرجع
report-th-reference-value = القيمة المرجعية
report-th-approved-actual = القيمة الفعلية المعتمدة
report-th-quality = الجودة
report-tag-key = رئيسي
report-tag-illustrative = توضيحي
report-outlook-likely = مرجح
report-outlook-unlikely = غير مرجح
report-outlook-too_early = من السابق لأوانه الحكم
report-move-from = {" "}(سابقًا: { $status })
report-note-stale = آخر قيمة معتمدة: { $year }
report-note-stale-earlier = آخر قيمة معتمدة من سنة سابقة
report-ref-baseline = خط الأساس
report-ref-milestone = معلم
report-ref-target = الهدف
report-unit-percent = %
report-unit-count = عدد
report-unit-chf = CHF
report-unit-ratio = نسبة
report-unit-yes_no = نعم = 1، لا = 0
report-unit-index = مؤشر رقمي
report-chart-alt-mean = ، متوسط التقدم { $progress }
report-chart-alt-more = و{ $count } أخرى في الجدول
report-chart-status-goal-alt = مخطط أعمدة مكدسة لحالة المؤشرات حسب الغاية الاستراتيجية لعام { $year }. { $parts }.
report-chart-status-goal-alt-empty = لا توجد بيانات: لا تتضمن الخطة أي غاية استراتيجية لعرضها لعام { $year }.
report-chart-status-priority-alt = مخطط أعمدة مكدسة لحالة المؤشرات حسب الأولوية المواضيعية لعام { $year }. { $parts }.
report-chart-status-priority-alt-empty = لا توجد بيانات: لا تتضمن الخطة أي أولوية مواضيعية لعرضها لعام { $year }.
report-traj-status = الحالة في { $year }: { $status }
report-traj-progress = {" "}(التقدم { $progress })
report-traj-actual = . القيمة الفعلية { $value } في { $year }
report-traj-stale = ، وهي آخر قيمة معتمدة تحل محل قيمة { $year }
report-traj-no-actual = . لا توجد قيمة فعلية معتمدة
report-traj-expected = ؛ المتوقع { $value }
report-traj-alt = مخطط خطي للمؤشر { $code } { $name } ({ $unit })
report-traj-alt-baseline = خط الأساس { $value } في { $year }
report-traj-alt-target = الهدف { $value } في { $year }
report-traj-alt-no-values = لا توجد قيم معتمدة
report-traj-alt-values = القيم المعتمدة { $values }
report-traj-alt-status = الحالة في { $year }: { $status }
report-traj-alt-likely = مرجح التحقيق
report-traj-alt-unlikely = غير مرجح التحقيق
report-traj-alt-too-early = من السابق لأوانه الحكم
report-traj-alt-projection = الإسقاط (خط متقطع، خط المربعات الصغرى؛ عدد النقاط المستخدمة: { $points }) { $value } في { $year }، الهدف { $outlook }
report-traj-alt-projection-early = الإسقاط: من السابق لأوانه الحكم

## Sheet names of report.xlsx (report form 4, another language than English; at most 31 characters)

report-sheet-indicators = المؤشرات
report-sheet-indicator-values = قيم المؤشرات
report-sheet-disaggregations = التصنيفات
report-sheet-node-rollups = تجميع حسب النتيجة
report-sheet-finance-by-unit = المالية حسب الوحدة
report-sheet-finance-reconciliation = التسوية المالية
report-sheet-cost-by-node = التكلفة حسب النتيجة
report-sheet-operational-delivery = التنفيذ التشغيلي
report-sheet-risks = المخاطر
report-sheet-data-quality = جودة البيانات
report-sheet-narratives = السرديات
report-sheet-revisions = التنقيحات
report-sheet-mandates = الولايات
report-sheet-questions = الأسئلة
report-sheet-restatements = إعادة البيان

## Sections of report form 5 (FORM_SECTIONS): the executive summary, status moves, finance, operational
## delivery, risks, breakdowns and data quality in the report's language, with the finance, delivery and
## breakdown charts' notes, text alternatives and data tables

report-summary-covers = يغطي هذا التقرير عام { $year }، وهو السنة { $nth } من الخطة الاستراتيجية { $start }–{ $end } ({ $resolution }). ويقيِّم { $total ->
    [zero] صفر مؤشر
    [one] مؤشرًا واحدًا
    [two] مؤشرين
    [few] { $total } مؤشرات
    [many] { $total } مؤشرًا
   *[other] { $total } مؤشر
} وفقًا لقاعدة تحديد الوضع الواردة في الملحق: { $counts }.
report-th-indicators = المؤشرات
report-th-share = النسبة
report-summary-all-indicators = جميع المؤشرات
report-summary-by-status = المؤشرات حسب الوضع، { $year }
report-summary-end-of-plan = نهاية الخطة
report-summary-projection = الإسقاط: من أصل { $total ->
    [zero] صفر مؤشر
    [one] مؤشر واحد
    [two] مؤشرين
    [few] { $total } مؤشرات
    [many] { $total } مؤشرًا
   *[other] { $total } مؤشر
}، عدد المؤشرات التي يُتوقع أن تبلغ غايتها ({ $target }): { $likely }؛ والتي لا يُتوقع أن تبلغها: { $unlikely }؛ والتي من السابق لأوانه الحكم عليها: { $too_early } (أقل من نقطتين، أو لا خط أساس أو غاية). وكل إسقاط خط مستقيم بطريقة المربعات الصغرى يمر بخط الأساس والقيم السنوية المعتمدة حتى الآن، ويُقرأ عند سنة الغاية (انظر الملحق).
report-summary-key-h = مؤشرات الأداء الرئيسية
report-summary-key-caption = مؤشرات الأداء الرئيسية، { $year }
report-summary-fdr-h = المالية والتنفيذ والمخاطر
report-summary-finance-rate = النفقات المقررة لعام { $year }: { $plan } ألف فرنك سويسري؛ المنفَّذ: { $actual } ألف فرنك سويسري ({ $rate } من الخطة).
report-summary-finance-executed = النفقات المقررة لعام { $year }: { $plan } ألف فرنك سويسري؛ المنفَّذ: { $actual } ألف فرنك سويسري.
report-summary-finance-none = النفقات المقررة لعام { $year }: { $plan } ألف فرنك سويسري؛ لم يُبلَّغ عن أي تنفيذ بعد.
report-summary-delivery = الخطط التشغيلية: من أصل { $counted ->
    [zero] صفر بند محسوب
    [one] بند واحد محسوب
    [two] بندين محسوبين
    [few] { $counted } بنود محسوبة
    [many] { $counted } بندًا محسوبًا
   *[other] { $counted } بند محسوب
}، نُفِّذ بالكامل { $delivered } (الكمية المنفذة لا تقل عن الكمية المقررة)، وعدد الوحدات: { $units }{ $short } (انظر معدل التنفيذ حسب الوحدة والبنود أدناه).
report-summary-delivery-short = ؛ البنود التي وسمتها وحداتها بأنها منفذة وهي دون الكمية المقررة ولا تُحسب منفذة بالكامل: { $count }
report-summary-risks = المخاطر: المفتوحة { $open } من أصل { $total } في السجل، منها { $high } عالية (الاحتمال × الأثر ≥ { $score }).
report-summary-dq = ملاحظات جودة البيانات: { $counts }.
report-dq-provisional = مؤقتة
report-dq-estimated = تقديرية
report-dq-stale = قديمة
report-dq-missing = ناقصة
report-moves-intro = من أصل { $compared ->
    [zero] صفر مؤشر
    [one] مؤشر واحد
    [two] مؤشرين
    [few] { $compared } مؤشرات
    [many] { $compared } مؤشرًا
   *[other] { $compared } مؤشر
} قورنت بعام { $since }: تحسّن { $improved }، وتراجع { $worsened }، وحافظ على وضعه { $unchanged }؛ وقُيِّم لأول مرة: { $newly }، ولم يعد مقيَّمًا: { $no_longer }. وتُرتَّب الأوضاع كما يلي: خارج المسار، معرّض للخطر، على المسار، متحقق؛ والانتقال صعودًا في هذا الترتيب تحسّن، ونزولًا تراجع. والمؤشر الذي لا تتوفر بيانات عنه في إحدى السنتين يكون مقيَّمًا لأول مرة أو لم يعد مقيَّمًا.
report-th-status-of = الوضع { $year }
report-th-move = التغيّر
report-th-change-actual-since = تغيّر القيمة الفعلية منذ { $year }
report-moves-none = لم يتغير وضع أي مؤشر منذ عام { $since }.
report-moves-caption = المؤشرات التي تغيّر وضعها من { $since } إلى { $year }
report-finance-intro = المبالغ بآلاف الفرنكات السويسرية. والخطة المالية هي الخطة المعتمدة مع الخطة الاستراتيجية (المقرر 5).
report-recon-none = لا توجد أرقام مالية للمطابقة لعام { $year }.
report-recon-ok = تتطابق المالية تمامًا لعام { $year }: بنود الإيرادات والنفقات لفترة السنتين تساوي المجاميع المعتمدة في الخطة المالية (المقرر 5) ويوازن بعضها بعضًا؛ ومخصصات كل وحدة للنتائج تساوي ميزانية نفقاتها؛ وتكلفة الغايات الاستراتيجية وتكلفة الأولويات المواضيعية (كل منها مع العوامل التمكينية) تساوي بنود نفقات السنة.
report-recon-gap = { $label }: { $computed } ألف فرنك سويسري مقابل { $reference } ألف فرنك سويسري، { $against } (الفرق { $difference } ألف فرنك سويسري)
report-recon-gap-unset = { $label }: { $computed } ألف فرنك سويسري، لكن { $against } غير محدد
report-recon-not = المالية لا تتطابق لعام { $year } (الفرق = المحسوب − المرجع): { $gaps }.
report-check-adopted-revenue = بنود الإيرادات { $period }
report-check-adopted-revenue-against = الإيرادات المعتمدة لفترة { $period } (المقرر 5)
report-check-adopted-expense = بنود النفقات { $period }
report-check-adopted-expense-against = النفقات المعتمدة لفترة { $period } (المقرر 5)
report-check-balance = بنود الإيرادات { $period }
report-check-balance-against = بنود النفقات { $period } (ميزانية متوازنة)
report-check-unit-allocations = مخصصات { $unit } للنتائج { $period }
report-check-unit-allocations-against = ميزانية نفقات { $unit } { $period }
report-check-cost-goal = التكلفة حسب الغاية الاستراتيجية مع العوامل التمكينية { $period }
report-check-cost-goal-against = بنود النفقات { $period }
report-check-cost-priority = التكلفة حسب الأولوية المواضيعية مع العوامل التمكينية { $period }
report-check-cost-priority-against = بنود النفقات { $period }
report-th-check = الفحص
report-th-computed = المحسوب
report-th-against = مقابل
report-th-difference-computed = الفرق (المحسوب − المرجع)
report-th-reconciles = يتطابق
report-recon-not-set = غير محدد
report-recon-caption = مطابقة الأرقام المالية، { $year } (بآلاف الفرنكات السويسرية؛ الفرق = المحسوب − المرجع)
report-th-unit = الوحدة
report-th-kind = النوع
report-th-category = الفئة
report-th-plan = الخطة
report-th-difference = الفرق
report-finance-lines-caption = بنود الخطة المالية وتنفيذها حسب الوحدة، { $year } (بآلاف الفرنكات السويسرية)
report-th-plan-chf = الخطة (بآلاف الفرنكات السويسرية)
report-th-actual-chf = الفعلي (بآلاف الفرنكات السويسرية)
report-th-execution = التنفيذ
report-chart-partial = ، جزئي
report-chart-no-actual = لا توجد قيمة فعلية بعد
report-chart-budget-alt-unit = { $unit }: الخطة { $plan }، الفعلي { $actual }
report-chart-budget-alt = مخطط أعمدة مجمّعة للنفقات المقررة مقابل الفعلية حسب الوحدة التنظيمية لعام { $year }، بآلاف الفرنكات السويسرية. { $parts }.
report-th-cost-chf = التكلفة (بآلاف الفرنكات السويسرية)
report-chart-cost-goal-alt = مخطط أعمدة للتكلفة حسب الغاية الاستراتيجية لفترة { $period }، بآلاف الفرنكات السويسرية. { $parts }.
report-chart-cost-priority-alt = مخطط أعمدة للتكلفة حسب الأولوية المواضيعية لفترة { $period }، بآلاف الفرنكات السويسرية. { $parts }.
report-operations-intro = تحقق الخطط التشغيلية للأمانة العامة والقطاعات نواتج الخطة الاستراتيجية. ومعدل تنفيذ البند هو الكمية المنفذة ÷ الكمية المقررة، دون حد أعلى (أكثر من 100% إذا نُفِّذ أكثر من المقرر). ومعدل تنفيذ الوحدة هو متوسط معدلات بنودها، وكل منها بحد أعلى 100% حتى لا يخفي بند زاد تنفيذه نقص بند آخر؛ ولا تُحسب البنود الملغاة ولا البنود التي لم يُقرَّر لها شيء.
report-th-item = البند
report-th-output = الناتج
report-th-budget = الميزانية
report-th-planned = المقرر
report-th-delivered = المنفذ
report-th-rate = المعدل
report-th-in-full = بالكامل
report-th-status-reported = الوضع (كما أُبلغ)
report-operations-items-caption = بنود الخطط التشغيلية، { $year } (الميزانية بآلاف الفرنكات السويسرية)
report-th-items = البنود
report-th-counted = المحسوبة
report-th-delivered-in-full = المنفذة بالكامل
report-th-cancelled = الملغاة
report-th-delivery-rate = معدل التنفيذ
report-th-budget-chf = الميزانية (بآلاف الفرنكات السويسرية)
report-chart-delivery-note = { $rate } · المنفذ بالكامل: { $delivered } من { $counted }
report-chart-delivery-none = لا توجد بنود محسوبة
report-chart-delivery-alt = مخطط أعمدة لمعدل تنفيذ الخطط التشغيلية حسب الوحدة لعام { $year }. { $parts }.
report-chart-delivery-alt-unit = { $unit }: { $note }
report-risks-intro = سجل المخاطر، بدءًا بأعلى درجة (الاحتمال × الأثر، وكل منهما من 1 إلى 5).
report-th-risk = الخطر
report-th-likelihood = الاحتمال
report-th-impact = الأثر
report-th-score = الدرجة
report-th-owner = المسؤول
report-th-reviewed = تاريخ الاستعراض
report-th-linked-results = النتائج المرتبطة
report-th-mitigation = التخفيف
report-risks-caption = سجل المخاطر
report-breakdowns-none = لا يوجد مؤشر له قيم معتمدة حسب الجنس أو حسب المنطقة لعام { $year }.
report-breakdowns-intro = القيم المعتمدة لعام { $year } للمؤشرات المصنفة حسب الجنس أو حسب منطقة الاتحاد. وترد جميع القيم المصنفة أيضًا في tables/disaggregations.csv.
report-breakdowns-omitted = مؤشرات مصنفة أخرى غير معروضة هنا: { $count } (بحد أقصى { $max } مؤشرًا، المؤشرات الرئيسية أولًا)؛ وترد قيمها في tables/disaggregations.csv.
report-dimension-sex = الجنس
report-dimension-region = المنطقة
report-th-value = القيمة
report-chart-breakdown-title = { $code } — { $name }: حسب { $dimension }، { $year }
report-chart-breakdown-subtitle = القيم المعتمدة لعام { $year } حسب { $dimension }، { $unit }.
report-chart-breakdown-empty = لا توجد قيمة معتمدة حسب { $dimension } لعام { $year }.
report-chart-breakdown-alt = مخطط أعمدة للمؤشر { $code } { $name } حسب { $dimension } لعام { $year }: { $parts }.
report-dq-intro = القيم المعتمدة المؤقتة أو التقديرية، والقيم من سنة سابقة التي تحل محل سنة التقرير (قديمة)، والمؤشرات التي ليست لها قيمة صالحة للاستخدام (ناقصة).
report-th-detail = التفاصيل
report-dq-by-kind = ملاحظات جودة البيانات حسب النوع
report-dq-caption = ملاحظات جودة البيانات

## Section "Results serving each resolution" of report form 5 (FORM_SECTIONS)

report-mandates-none = لا ترتبط أي نتيجة من نتائج هذه الخطة بقرار أو غاية من غايات أهداف التنمية المستدامة أو خط عمل للقمة العالمية لمجتمع المعلومات أو مقرر.
report-mandates-intro = القرارات وغايات أهداف التنمية المستدامة وخطوط عمل القمة العالمية لمجتمع المعلومات والمقررات التي تخدمها نتائج الخطة، ولكل منها الغايات والأولويات والنتائج الأخرى والمؤشرات المرتبطة بها، مع وضعها لعام { $year } (وضع النتيجة هو عدد مؤشراتها حسب الوضع، كما في قسمها). وترد هذه الروابط أيضًا في tables/mandates.csv.
report-mandates-no-indicator = لا توجد مؤشرات
report-mandates-rollup = { $total ->
    [zero] لا توجد مؤشرات: { $counts }
    [one] مؤشر واحد: { $counts }
    [two] مؤشران: { $counts }
    [few] { $total } مؤشرات: { $counts }
    [many] { $total } مؤشرًا: { $counts }
   *[other] { $total } مؤشر: { $counts }
}
report-mandate-resolution = القرار { $code }
report-mandate-sdg = غاية أهداف التنمية المستدامة { $code }
report-mandate-wsis = خط عمل القمة { $code }
report-mandate-decision = المقرر { $code }
report-mandates-h-resolution = القرارات
report-mandates-h-sdg = غايات أهداف التنمية المستدامة
report-mandates-h-wsis = خطوط عمل القمة العالمية لمجتمع المعلومات
report-mandates-h-decision = المقررات
report-mandates-caption-resolution = القرارات: النتائج التي تخدم كلًا منها، { $year }
report-mandates-caption-sdg = غايات أهداف التنمية المستدامة: النتائج التي تخدم كلًا منها، { $year }
report-mandates-caption-wsis = خطوط عمل القمة: النتائج التي تخدم كلًا منها، { $year }
report-mandates-caption-decision = المقررات: النتائج التي تخدم كلًا منها، { $year }
report-th-mandate = الولاية
report-th-title = العنوان
report-th-result = النتيجة
report-th-level = المستوى

## Annex "Questions from Council members and replies" of report form 5 (FORM_SECTIONS)

report-questions-intro = الأسئلة التي طرحها أعضاء المجلس بشأن هذه الخطة حتى تاريخ هذا التقرير، وردود الأمانة، بترتيب طرحها. وترد جميعها أيضًا في tables/questions.csv.
report-question-h = السؤال { $id }: { $title }
report-question-meta = { $about } · طرحه { $who } في { $date } · { $status }

## Sections "Framework revisions in force", "Restatements" and "Annex: indicator reference sheets" of
## report form 5 (FORM_SECTIONS)

report-revisions-none = لم يُنقَّح أي خط أساس أو غاية أو معلم أو وحدة أو اتجاه لأي مؤشر بمقرر نافذ لعام { $year }: كل رقم في هذا التقرير يقاس مقابل الإطار كما اعتُمد.
report-revisions-rule = يسري تنقيح خط الأساس أو الغاية أو المعلم أو الوحدة أو الاتجاه من يوم اتخاذ القرار بشأنه. ويقيِّم هذا التقرير عام { $year } مقابل الإطار النافذ في 31 ديسمبر { $year }: يُطبَّق التنقيح المقرر في ذلك اليوم أو قبله؛ أما التنقيح المقرر لاحقًا فلا يغير هذا التقرير ويُطبَّق ابتداءً من تقرير السنة التي تقرر فيها.
report-revisions-caption = تنقيحات الإطار النافذة لعام { $year }
report-revisions-also = وترد هذه التنقيحات أيضًا في tables/revisions.csv.
report-th-field = الحقل
report-th-as-adopted = كما اعتُمد
report-th-as-revised = كما نُقِّح
report-th-decided = تاريخ القرار
report-th-by = الجهة
report-field-baseline_value = قيمة خط الأساس
report-field-baseline_year = سنة خط الأساس
report-field-target_value = قيمة الغاية
report-field-target_year = سنة الغاية
report-field-unit = الوحدة
report-field-direction = الاتجاه
report-restated-published = {" "}(نُشر في { $date })
report-restated-intro = منذ تجميد إصدار التقرير { $run } لعام { $year } في { $frozen }{ $published }: القيم المبلغ عنها لعام { $year } التي نُقِّحت: { $revised }؛ والقيم لعام { $year } التي اعتُمدت متأخرة: { $late }؛ وتنقيحات الإطار المسجلة: { $revisions }. ويبين كل صف الرقم الذي قدمه التقرير إلى المجلس والرقم المعتمد الآن، ومن غيّره ومتى ولماذا. وترد هذه الأرقام أيضًا في tables/restatements.csv.
report-th-breakdown = التصنيف
report-th-change = التغيير
report-th-reported = المبلغ عنه
report-th-now = الآن
report-th-approved = تاريخ الاعتماد
report-th-why = السبب
report-th-before = قبل
report-th-after = بعد
report-th-decision = القرار
report-th-in-force-for = نافذ لعام { $year }
report-restated-headline = القيمة الرئيسية
report-restated-revised = منقحة
report-restated-late = قيمة متأخرة
report-restated-values-caption = قيم عام { $year } التي تغيرت منذ التقرير
report-restated-revisions-caption = تنقيحات الإطار المسجلة منذ التقرير
report-sheets-intro = لماذا يقاس كل مؤشر رئيسي وكيف، كما تحتفظ به الأمانة.
report-refsheet-rationale = المبررات
report-refsheet-method = طريقة الحساب
report-refsheet-disaggregation = التصنيف
report-refsheet-limitations = القيود
report-refsheet-quality-assurance = ضمان الجودة
report-refsheet-target-rationale = مبررات الغاية

## Predecessors of another plan cycle in the goal and priority sections of report form 5 (FORM_SECTIONS)

report-predecessor-redefined = مقياس مختلف، ليس جزءًا من سلسلة { $code }: يعيد { $code } تعريف { $predecessor } { $name } من الخطة { $plan } ({ $unit })، وتُعرض قيمه هنا على حدة
report-predecessor-new = مقياس مختلف، ليس جزءًا من سلسلة { $code }: { $code } مؤشر جديد يسمّي سلفًا له { $predecessor } { $name } من الخطة { $plan } ({ $unit })، وتُعرض قيمه هنا على حدة

## The annex "Status rule and thresholds" of report form 5 (FORM_SECTIONS)

report-rule-intro = كل وضع في هذا التقرير مستمد من قاعدة واحدة، تُطبَّق على القيم المعتمدة فقط:
report-rule-actual-term = القيمة الفعلية A(Y)
report-rule-actual = القيمة الرئيسية المعتمدة (دون تصنيف) للسنة Y، مع جمع القيم الفرعية للسنة وفقًا لقاعدة تجميع المؤشر (الأحدث أو المجموع أو المتوسط أو النسبة). وإذا لم تكن للسنة Y قيمة، تحل محلها أحدث قيمة معتمدة من سنة سابقة لا يزيد قدمها بالسنوات على: { $max_age }، ويذكر التقرير السنة المعنية.
report-rule-expected-term = القيمة المتوقعة E(Y)
report-rule-expected = الخط المستقيم المار بخط الأساس (السنة، القيمة) والمعالم السنوية وغاية نهاية الخطة؛ وقبل سنة خط الأساس تكون خط الأساس، وبعد سنة الغاية تكون الغاية.
report-rule-progress-term = التقدم
report-rule-progress = (A − b) / (E − b)، حيث b خط الأساس؛ وتصلح الصيغة نفسها للمؤشرات المتزايدة والمتناقصة. وعندما E = b، يكون التقدم 1 إذا كانت A في الجانب الصحيح من b أو مساوية لها، وإلا 0.
report-rule-status-term = الوضع
report-rule-status = متحقق إذا بلغت A الغاية النهائية (A ≥ T عند التزايد، A ≤ T عند التناقص)؛ وإلا على المسار إذا كان التقدم ≥ { $on_track }؛ ومعرّض للخطر إذا كان التقدم ≥ { $at_risk }؛ وإلا خارج المسار. والمؤشرات المطلوب الحفاظ عليها تكون على المسار في حدود ±{ $maintain_on_track }% من الغاية، ومعرّضة للخطر في حدود ±{ $maintain_at_risk }%، وإلا خارج المسار. ولا توجد بيانات عندما تنقص القيمة الفعلية أو خط الأساس أو الغاية، مع ذكر السبب.
report-rule-rollup-term = التجميع
report-rule-rollup = بالنسبة إلى نتيجة ما: المؤشرات المرتبطة بها وبكل نتيجة تندرج تحتها (عبر الشجرة وعبر روابط المساهمة، كل مؤشر مرة واحدة): العدد حسب الوضع، ومتوسط التقدم محصورًا في [0, 1] على المؤشرات المقيَّمة (المتحقق يُحسب 1).
report-th-threshold-of = عتبة الخطة { $plan }
report-threshold-on-track = على المسار: الحد الأدنى للتقدم
report-threshold-at-risk = معرّض للخطر: الحد الأدنى للتقدم
report-threshold-maintain-on-track = الحفاظ، على المسار: في حدود ± % من الغاية
report-threshold-maintain-at-risk = الحفاظ، معرّض للخطر: في حدود ± % من الغاية
report-threshold-max-age = أقدم قيمة يجوز أن تحل محلها (بالسنوات)
report-thresholds-caption = عتبات الخطة
report-methods-h = الطرائق
report-method-cost = تكلفة النتيجة: توزَّع ميزانية كل وحدة على النواتج والأولويات المواضيعية والعوامل التمكينية. وتكلفة الأولوية المواضيعية أو الحصيلة أو الناتج أو العامل التمكيني هي المخصصات لها ولكل نتيجة تندرج تحتها؛ وتكلفة الغاية الاستراتيجية أو الغاية هي المخصصات المنقولة إليها عبر أوزان مساهمة النتائج المرتبطة بها. ويُعرض الرقم نفسه حيثما ظهرت تكلفة النتيجة.
report-method-reconciliation = المطابقة: يقارن كل فحص مجموعًا بمرجع مستقل — بنود الإيرادات والنفقات لفترة السنتين بالمجاميع المعتمدة في الخطة المالية (المقرر 5) وببعضها بعضًا؛ ومخصصات كل وحدة للنتائج بميزانية نفقاتها؛ والتكلفة حسب الغاية وحسب الأولوية المواضيعية (كل منها مع العوامل التمكينية) ببنود نفقات السنة. الفرق = المحسوب − المرجع؛ ويتطابق الفحص عندما يتساوى الاثنان تمامًا.
report-method-delivery = معدل التنفيذ: معدل البند هو الكمية المنفذة ÷ الكمية المقررة، دون حد أعلى (البند الذي نُفِّذ أكثر من المقرر يزيد على 100%). ومعدل الوحدة هو متوسط معدلات بنودها، وكل منها بحد أعلى 100%؛ ولا تُحسب البنود الملغاة ولا البنود التي لم يُقرَّر لها شيء.
report-method-charts = الرسوم البيانية: مسار لكل مؤشر على مستوى الغاية ولكل مؤشر رئيسي، بحد أقصى { $max } (المؤشرات الرئيسية أولًا){ $omitted }. ويُبيَّن الوضع باللون (لوحة Okabe-Ito) والنقش والتسمية.
report-method-charts-omitted = ؛ مؤشرات أخرى لا ترد إلا في الجداول: { $count }
report-method-tables = الجداول: أرقام عشرية دقيقة كما أُدخلت؛ والأرقام المشتقة (القيمة المتوقعة والتقدم والمتوسطات والمعدلات) مقربة إلى { $dp } منازل عشرية. والمبالغ بآلاف الفرنكات السويسرية. وفي report.xlsx تكون الأرقام أرقامًا، باستثناء رقم يتجاوز { $digits } رقمًا معنويًا لا يستطيع Excel الاحتفاظ به: يُكتب نصًا، وتذكر ورقته ذلك، حتى يبقى الرقم الدقيق.
report-method-cycles = السلاسل عبر دورات الخطة: لا يواصل سلسلة المؤشر إلا سلف منقول من الخطة السابقة (خط واحد في رسمه البياني؛ صفوف موسومة predecessor_carried_over في indicator_values.csv). أما السلف المعاد تعريفه فيقيس شيئًا آخر: لا تُرسم قيمه أبدًا على خط المؤشر ولا تُدرج بوصفها قيمه، بل تُعرض على حدة في جدول معنون وموسومة predecessor_redefined، بخطتها ورمزها ووحدتها.
report-projection-h = الإسقاط
report-projection-method = إسقاط كل مؤشر خط مستقيم بطريقة المربعات الصغرى يمر بنقاطه (السنة، القيمة): خط الأساس، والقيمة السنوية المعتمدة لكل سنة لاحقة حتى سنة التقرير وسنة الغاية (مع جمع الأرباع وفقًا لقاعدة تجميع المؤشر). ويُقرأ الخط عند سنة الغاية. ومع أقل من نقطتين (لا قيمة معتمدة بعد سنة خط الأساس)، أو دون خط أساس أو غاية، يكون من السابق لأوانه الحكم ولا تُسقط أي قيمة. ويُرجَّح بلوغ الغاية عندما تبلغها القيمة المسقطة في اتجاه المؤشر (عندها أو فوقها عند التزايد، عندها أو دونها عند التناقص) أو، للمؤشر المطلوب الحفاظ عليه، تقع في حدود ±{ $band }% منها؛ وإلا فهو غير مرجح. والمقارنة دقيقة؛ ولا تُقرَّب القيمة المسقطة إلا عند عرضها. وفي الرسوم البيانية يُرسم الجزء المسقط من الخط، من أحدث نقطة إلى سنة الغاية، متقطعًا ويحمل تسمية «الإسقاط».
report-projection-limits = الحدود: يفترض الخط المستقيم أن التغير حتى الآن يستمر بالوتيرة نفسها. ولا يعلم شيئًا عن التشبع (نسبة قريبة من 100) ولا عن القفزات العارضة ولا عن التدابير التي لم تُتخذ بعد؛ ومع نقطتين أو ثلاث تحركه سنة غير عادية كثيرًا، ويزن خط الأساس وزن أي سنة معتمدة. ولا دور للمعالم: يبين الإسقاط إلى أين تتجه القيم، والمسار المتوقع إلى أين كان يُراد لها أن تتجه.
report-narratives-h = السرديات والأدلة
report-narratives-note = إلى جانب كل مؤشر، تعرض أقسام الإطار ما كتبه مخططوه مع قيمه الرئيسية المعتمدة لعام { $year }: السرد ورابط الدليل للقيمة السنوية ولكل ربع، والقرارات وغايات أهداف التنمية المستدامة وخطوط عمل القمة العالمية لمجتمع المعلومات والمقررات التي يخدمها. ولا تُعرض إلا القيم المعتمدة: ما دام تنقيح قيمة ما معلقًا (مُدخلًا أو مقدمًا ولم يُعتمد بعد)، يعرض التقرير سرد ودليل القيمة المعتمدة من قبل، كما يعرض تلك القيمة. ولا يكون رابط الدليل رابطًا إلا إذا كان عنوان http أو https؛ وكل ما عدا ذلك يُعرض نصًا. وترد جميع السرديات أيضًا في tables/narratives.csv.
report-units-h = الوحدات وقواعد التجميع
report-units-intro = تُجمع قيم السنة وفقًا لقاعدة تجميع المؤشر، ولا تصلح كل قاعدة لكل وحدة. وتجمع قاعدة النسبة بسوط الأرباع ومقاماتها ثم تقسم: 100 × Σالبسط ÷ Σالمقام للنسبة المئوية، وΣالبسط ÷ Σالمقام للنسبة؛ وتُفحص القيمة المفردة المقدمة مع بسطها ومقامها بالمعامل نفسه. ويُرفض المؤشر ذو الزوج غير المدرج هنا عند تعريفه أو تغييره.
report-th-rules-allowed = قواعد التجميع المسموح بها
report-th-why-not = لماذا لا تصلح القواعد الأخرى
report-units-caption = قواعد التجميع المسموح بها لكل وحدة
report-unit-name-percent = نسبة مئوية
report-unit-name-count = عدد
report-unit-name-chf = فرنك سويسري
report-unit-name-ratio = نسبة
report-unit-name-yes_no = نعم/لا
report-unit-name-index = مؤشر قياسي
report-aggregation-latest = أحدث قيمة
report-aggregation-sum = المجموع
report-aggregation-mean = المتوسط
report-aggregation-ratio = النسبة
report-about-h = عن هذا التقرير
report-about = أُعدّ من لقطة البيانات { $snapshot } لإصدار التقرير { $run }، المنشأ في { $created }. وكل ملف من ملفات التقرير — هذه الصفحة وcharts/*.svg و*.png وtables/*.csv وreport.xlsx — مدرج مع مجموع التحقق SHA-256 الخاص به في manifest.json؛ وإعادة بناء الإصدار من اللقطة نفسها تعطي البايتات نفسها.

## Report form 6 (FORM_VERSIONS): the data-quality notes the report writes, in report.html, the CSV
## files and report.xlsx

report-dq-note-stale = لا توجد قيمة معتمدة لعام { $year }؛ وتحل محلها قيمة عام { $from }.
report-dq-note-provisional = قيمة عام { $from } المستخدمة مؤقتة.
report-dq-note-estimated = قيمة عام { $from } المستخدمة تقديرية.

## Report form 7 (FORM_REASONS): a value missing for the status rule, its reasons (the interface's
## nodata-… messages, joined and with a capital first letter) said as a sentence

report-dq-note-missing = { $reasons }.

## The four-year assessment (assessment form 8, ASSESSMENT_FORM_LANGUAGES): its page, charts and workbook

report-assessment-title = { $plan } — تقييم النتائج، { $first }–{ $last }، لمؤتمر المندوبين المفوضين
report-assessment-kicker = تقرير المجلس إلى مؤتمر المندوبين المفوضين بشأن تنفيذ الخطة الاستراتيجية
report-assessment-heading = { $plan }: تقييم النتائج، { $first }–{ $last }
report-assessment-cover-line = { $resolution } · فترة الخطة { $start }–{ $end } · السنوات المقيَّمة { $first }–{ $last }
report-assessment-meta = إصدار التقرير { $run } · لقطة البيانات { $snapshot } · أُنشئ في { $generated }
report-assessment-illustrative = بعض الأرقام في هذا التقرير توضيحية (بيانات نموذجية) وليست نتائج رسمية.
report-assessment-summary-h = الملخص: جميع السنوات جنبًا إلى جنب
report-assessment-goals-h = تحقيق الأهداف والأولويات وتكلفتها
report-assessment-indicators-h = تحقيق كل غاية، وإسقاط ما لم يتحقق بعد
report-assessment-restated-h = إعادة بيان الأرقام الواردة في التقارير السنوية
report-assessment-annex-h = الملحق: ملاحظات منهجية
report-assessment-restated-year = تقرير عام { $year } (الإصدار { $run })
report-assessment-footer = { $plan } · التقييم { $first }–{ $last } · إصدار التقرير { $run }
report-assessment-summary-intro = يقيِّم هذا التقرير مؤشرات { $plan } (عددها: { $count }) في كل سنة من { $first } إلى { $last }، كلًّا وفقًا لقاعدة تحديد الوضع الواردة في الملحق، وقياسًا على الإطار الساري في تلك السنة. وترد جداول هذا التقرير أيضًا في report.xlsx وtables/*.csv.
report-assessment-summary-end = في نهاية { $last }، من أصل { $count } من المؤشرات: حققت غايتها: { $achieved }؛ على المسار الصحيح: { $on_track }؛ معرضة للخطر: { $at_risk }؛ متأخرة: { $off_track }؛ بلا بيانات: { $no_data }.
report-assessment-summary-projection = المؤشرات التي لم تتحقق غايتها بعد: { $count }. يُتوقع أن تبلغها بحلول سنة الغاية: { $likely }؛ يُتوقع أن تقصر عنها: { $unlikely }؛ من السابق لأوانه الحكم: { $too_early }.
report-assessment-goals-intro = لكل هدف استراتيجي وأولوية موضوعية وعامل تمكين: عدد المؤشرات المرتبطة به وبالنتائج التي تحته في كل وضع في كل سنة، ومتوسط تقدمها، وتكلفته في تلك السنة (مخصصات الميزانية الموزعة وفق أوزان المساهمة، بآلاف الفرنكات السويسرية). والصف الأخير هو الفترة.
report-assessment-node-caption = { $code } حسب السنة
report-assessment-indicators-intro = وضع كل مؤشر وقيمته الفعلية في كل سنة (تُوسم القيمة المأخوذة من سنة سابقة بتلك السنة)، وتقدمه في سنة الإقفال، وحيث لم تتحقق غايته، الاتجاه الذي تسير إليه قيمه المعتمدة في سنة الغاية.
report-assessment-th-progress-end = التقدم في النهاية
report-assessment-th-projection = الإسقاط
report-assessment-actual-from = { $value } (من { $year })
report-assessment-achieved = تحققت
report-assessment-indicators-caption = المؤشرات سنة بسنة
report-assessment-annex-years-h = السنوات المقيَّمة
report-assessment-annex-years = من السنة الأولى للخطة، { $first }، إلى سنة الإقفال { $last }: آخر سنة من الخطة لها قيمة معتمدة عند إجراء الإصدار. ولم تُقيَّم بعد سنوات الخطة التي تليها.
report-assessment-annex-status-h = الوضع في كل سنة
report-assessment-annex-status = تُقيَّم كل سنة بقاعدة تحديد الوضع نفسها المطبقة في التقرير السنوي لتلك السنة، قياسًا على خطوط الأساس والغايات والمعالم السارية في 31 ديسمبر منها: التقدم (A − b) / (E − b) البالغ { $on_track } على الأقل على المسار الصحيح، والبالغ { $at_risk } على الأقل معرض للخطر، وما دون ذلك متأخر؛ والقيمة التي تبلغ الغاية أو تتجاوزها متحققة؛ ومؤشرات المحافظة على المسار الصحيح في حدود ±{ $maintain_on_track }% من الغاية ومعرضة للخطر في حدود ±{ $maintain_at_risk }%؛ وتحل قيمة معتمدة لا يتجاوز عمرها { $years } سنة (سنوات) محل القيمة المفقودة.
report-assessment-annex-end-h = التحقيق في النهاية
report-assessment-annex-end = تحقيق المؤشر هو وضعه في سنة الإقفال؛ وتحقيق الهدف أو الأولوية هو تجميع المؤشرات المرتبطة به وبما تحته في تلك السنة (يُحسب كل منها مرة واحدة)، مع حصر متوسط تقدمها في [0, 1].
report-assessment-annex-projection-h = إسقاط ما لم يتحقق بعد
report-assessment-annex-projection = للمؤشرات غير المتحققة في سنة الإقفال فقط: خط المربعات الصغرى عبر خط الأساس والقيم السنوية المعتمدة منذئذ (نقطتان على الأقل)، مقروءًا في سنة الغاية؛ مرجح حين تبلغ تلك القيمة الغاية، وغير مرجح حين لا تبلغها، ومن السابق لأوانه الحكم مع أقل من نقطتين أو دون خط أساس أو غاية. وهو الإسقاط نفسه الوارد في صفحة المؤشر وفي التقرير السنوي.
report-assessment-annex-cost-h = التكلفة حسب الهدف
report-assessment-annex-cost = مخصصات الميزانية لجميع الوحدات في كل سنة موزعة على الأهداف والأولويات الموضوعية وعوامل التمكين وفق أوزان المساهمة (التجميع نفسه للتكاليف في التقرير السنوي والصفحات المالية)، بآلاف الفرنكات السويسرية؛ وتكلفة الفترة هي المجموع الدقيق لتكاليف السنوات. والأرقام مقرّبة للعرض فقط؛ ويحتفظ بها tables/cost_by_node.csv وreport.xlsx بدقة.
report-assessment-annex-restated-h = إعادة البيان
report-assessment-annex-restated = لكل سنة لها تقرير سنوي منشور: قيم تلك السنة المنقحة أو المعتمدة متأخرة، وتنقيحات الإطار المسجلة منذ تجميد ذلك التقرير، كما في صفحة الإصدار.
report-assessment-all-indicators = جميع المؤشرات
report-assessment-chart-status-title = وضع المؤشرات حسب السنة، { $first }–{ $last }
report-assessment-chart-status-subtitle = عدد مؤشرات الخطة كلها حسب الوضع في كل سنة. المعرض للخطر مظلل بخطوط، والمتأخر بخطوط متقاطعة؛ n = المؤشرات، % = متوسط التقدم.
report-assessment-chart-status-alt = مخطط أعمدة مكدسة لوضع المؤشرات في كل سنة من { $first } إلى { $last }. { $parts }.
report-assessment-chart-status-empty = لم يُقيَّم أي مؤشر في أي سنة من { $first } إلى { $last }.
report-assessment-xlsx-title = { $plan } — التقييم { $first }–{ $last }
report-assessment-xlsx-subject = تقييم نتائج الخطة الاستراتيجية، { $first }–{ $last }
report-sheet-indicator-achievement = تحقيق المؤشرات
report-sheet-indicator-years = المؤشرات حسب السنة
report-sheet-node-years = النتائج حسب السنة
