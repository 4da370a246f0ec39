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
