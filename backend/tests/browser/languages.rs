//! The pages in Arabic and in Chinese: a reader chooses the language with the switch by keyboard on the
//! login page, logs in, and walks the translated pages (and one not yet translated); every page is
//! screenshotted and checked for WCAG basics, and the Arabic pages are right to left with the header,
//! the navigation, the tables and the form labels mirrored.

use crate::harness::{Browser, PW, walk};
use fantoccini::Locator;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;

/// Presses `key` once on whatever has the focus.
async fn press(b: &Browser, key: Key) {
    let k: char = key.into();
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: k })
        .then(KeyAction::Up { value: k });
    b.c.perform_actions(actions).await.unwrap();
}

/// From the top of the page, Tab until the language switch's button for `code` has the focus, then Enter;
/// waits for the page in that language.
async fn switch_by_keyboard(b: &Browser, code: &str) {
    b.c.execute("document.activeElement && document.activeElement.blur()", vec![])
        .await
        .unwrap();
    for _ in 0..40 {
        press(b, Key::Tab).await;
        let active = b.c.active_element().await.unwrap();
        if active.attr("name").await.unwrap().as_deref() == Some("lang")
            && active.attr("value").await.unwrap().as_deref() == Some(code)
        {
            press(b, Key::Enter).await;
            for _ in 0..100 {
                if html_attr(b, "lang").await.as_deref() == Some(code) {
                    return;
                }
                tokio::time::sleep(std::time::Duration::from_millis(100)).await;
            }
            panic!("the page never came back in {code}");
        }
    }
    panic!("Tab never reached the switch's {code} button");
}

async fn html_attr(b: &Browser, name: &str) -> Option<String> {
    let html = b.c.find(Locator::Css("html")).await.ok()?;
    html.attr(name).await.ok().flatten()
}

/// Left and right edges of the first element `css` selects.
async fn edges(b: &Browser, css: &str) -> (f64, f64) {
    let e =
        b.c.find(Locator::Css(css))
            .await
            .unwrap_or_else(|e| panic!("{css}: {e}"));
    let (x, _, w, _) = e.rectangle().await.unwrap();
    (x, x + w)
}

/// The page is in `code` with direction `dir`, then screenshotted and checked.
async fn shown_in(b: &Browser, code: &str, dir: &str, name: &str) {
    assert_eq!(html_attr(b, "lang").await.as_deref(), Some(code), "{name}");
    assert_eq!(html_attr(b, "dir").await.as_deref(), Some(dir), "{name}");
    b.shot(name).await;
}

/// The page's `<main>` is in the page's language: it carries no `lang="en"` of an untranslated page.
async fn main_translated(b: &Browser, name: &str) {
    let main = b.c.find(Locator::Css("main")).await.unwrap();
    assert_eq!(
        main.attr("lang").await.unwrap(),
        None,
        "{name}: <main> is not marked English"
    );
}

/// Opens `path`, checks it is in `code` and `dir` with its own text translated, screenshots and checks
/// it, and returns its text.
async fn translated_page(b: &Browser, base: &str, path: &str, code: &str, dir: &str, name: &str) -> String {
    b.go(&format!("{base}{path}")).await;
    shown_in(b, code, dir, name).await;
    main_translated(b, name).await;
    b.text().await
}

/// Logs in through the form on the current login page (in whatever language it is).
async fn log_in(b: &Browser, email: &str) {
    b.fill("email", email).await;
    b.fill("password", PW).await;
    b.click("form[action='/login'] button[type=submit]").await;
    b.wait_path(|p| p != "/login").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reader_logs_in_and_walks_the_pages_in_arabic_and_in_chinese() {
    let Some((b, srv)) = walk(&[
        ("planner.ar@itu.test", "planner", Some("BR")),
        ("planner.zh@itu.test", "planner", Some("BDT")),
        ("office.ar@itu.test", "admin", None),
        ("office.zh@itu.test", "admin", None),
    ])
    .await
    else {
        return;
    };

    // Arabic, chosen on the login page by keyboard.
    b.go(&format!("{}/login", srv.base)).await;
    assert_eq!(html_attr(&b, "lang").await.as_deref(), Some("en"));
    switch_by_keyboard(&b, "ar").await;
    shown_in(&b, "ar", "rtl", "ar-login").await;
    assert!(b.text().await.contains("تسجيل الدخول إلى stratrack"));
    // Form labels and fields mirror: a field narrower than its row (and its label) stands at the row's
    // right edge, where its label starts; in English it stands at the left edge.
    let (label_left, label_right) = edges(&b, "label[for=email]").await;
    let (field_left, field_right) = edges(&b, "#email").await;
    assert!(
        (label_right - field_right).abs() < 2.0 && field_left > label_left + 100.0,
        "label {label_left}–{label_right}, field {field_left}–{field_right}"
    );

    log_in(&b, "planner.ar@itu.test").await;
    shown_in(&b, "ar", "rtl", "ar-dashboard").await;
    let t = b.text().await;
    assert!(
        t.contains("حسب الهدف والأولوية المواضيعية") && t.contains("يحتاج إلى متابعة"),
        "{t}"
    );
    // The header and navigation mirror: the brand is right of the navigation, the first item right of
    // the second.
    let (brand_left, _) = edges(&b, "header.top .brand").await;
    let (first_left, first_right) = edges(&b, "nav.main li:first-child a").await;
    let (second_left, _) = edges(&b, "nav.main li:nth-child(2) a").await;
    assert!(
        brand_left > first_right && first_left > second_left,
        "brand {brand_left}, nav {first_left} then {second_left}"
    );
    // Tables mirror: the first column is on the right.
    let (code_left, _) = edges(&b, "section[aria-labelledby=goals-h] thead th:first-child").await;
    let (progress_left, _) = edges(&b, "section[aria-labelledby=goals-h] thead th:last-child").await;
    assert!(
        code_left > progress_left,
        "code column {code_left}, progress column {progress_left}"
    );

    b.go(&format!("{}/account", srv.base)).await;
    shown_in(&b, "ar", "rtl", "ar-account").await;
    assert!(b.text().await.contains("تغيير كلمة المرور"));
    b.go(&format!("{}/indicators/KPI-NOPE", srv.base)).await;
    shown_in(&b, "ar", "rtl", "ar-error").await;
    assert!(b.text().await.contains("العودة إلى لوحة المتابعة"));
    // The framework's pages, translated: the tree with the goals' Arabic names, a goal, an indicator
    // with its words of the vocabulary, its reference sheet, the plans.
    let base = srv.base.as_str();
    let t = translated_page(&b, base, "/framework", "ar", "rtl", "ar-framework").await;
    assert!(t.contains("إطار النتائج") && t.contains("التوصيلية الشاملة"), "{t}");
    let t = translated_page(&b, base, "/framework/G1", "ar", "rtl", "ar-node").await;
    assert!(t.contains("روابط المساهمة") || t.contains("التكلفة في عام"), "{t}");
    let t = translated_page(&b, base, "/indicators/KPI-R1", "ar", "rtl", "ar-indicator").await;
    assert!(
        t.contains("البيانات الوصفية") && t.contains("التجميع عبر الزمن") && t.contains("البطاقة المرجعية"),
        "{t}"
    );
    let t = translated_page(&b, base, "/indicators/KPI-R1/sheet", "ar", "rtl", "ar-sheet").await;
    assert!(t.contains("العودة إلى المؤشر"), "{t}");
    let t = translated_page(&b, base, "/plans", "ar", "rtl", "ar-plans").await;
    assert!(t.contains("الخطط الاستراتيجية") && t.contains("معتمدة"), "{t}");
    let t = translated_page(&b, base, "/finance", "ar", "rtl", "ar-finance").await;
    assert!(
        t.contains("الخطة المالية وتنفيذها") && t.contains("مجاميع فترات السنتين"),
        "{t}"
    );
    let t = translated_page(&b, base, "/finance/allocations", "ar", "rtl", "ar-allocations").await;
    assert!(t.contains("المخصصات للنتائج") && t.contains("المتبقي"), "{t}");
    let t = translated_page(&b, base, "/framework/workbook", "ar", "rtl", "ar-workbook").await;
    assert!(t.contains("مصنّف الإطار") && t.contains("التنزيل"), "{t}");
    let t = translated_page(&b, base, "/mandates", "ar", "rtl", "ar-mandates").await;
    assert!(t.contains("الولايات وعقد ومؤشرات") && t.contains("القرار"), "{t}");

    // The yearly collection's pages of a planner, translated.
    let t = translated_page(&b, base, "/entry", "ar", "rtl", "ar-entry").await;
    for want in [
        "إدخال البيانات",
        "الحالة والجودة",
        "الشرح والدليل",
        "حفظ القيم (وتقديم القيم المحددة)",
        "عدد المؤشرات المطابقة",
    ] {
        assert!(t.contains(want), "the Arabic entry grid shows {want}: {t}");
    }
    // The grid mirrors: its first column (Submit) stands right of the second (Indicator).
    let (submit_left, _) = edges(&b, "table.grid thead th:first-child").await;
    let (indicator_left, _) = edges(&b, "table.grid thead th:nth-child(2)").await;
    assert!(
        submit_left > indicator_left,
        "submit column {submit_left}, indicator column {indicator_left}"
    );
    // An approved value of the grid, with its revisions and steps (the link to revise it).
    let value = b.href("table.grid a[href^='/entry/values/']").await;
    let value = value.strip_prefix(base).unwrap_or(&value).to_owned();
    let t = translated_page(&b, base, &value, "ar", "rtl", "ar-entry-value").await;
    assert!(
        t.contains("كل خطوة: من، ومتى، والملاحظة") && t.contains("العودة إلى جدول الإدخال"),
        "{t}"
    );
    let t = translated_page(&b, base, "/entry/KPI-R1", "ar", "rtl", "ar-entry-form").await;
    assert!(
        t.contains("حفظ المسودة") && t.contains("الحفظ والتقديم للموافقة"),
        "{t}"
    );
    let t = translated_page(&b, base, "/notifications", "ar", "rtl", "ar-notifications").await;
    assert!(t.contains("عرض الإشعارات غير المقروءة فقط"), "{t}");
    let t = translated_page(&b, base, "/collection", "ar", "rtl", "ar-collection-planner").await;
    assert!(t.contains("الاكتمال") && t.contains("التقويم"), "{t}");
    b.logout().await;

    // The office's pages of the collection, translated.
    log_in(&b, "office.ar@itu.test").await;
    shown_in(&b, "ar", "rtl", "ar-office-dashboard").await;
    let t = translated_page(&b, base, "/approvals", "ar", "rtl", "ar-approvals").await;
    assert!(
        t.contains("قائمة انتظار الموافقة") && t.contains("البحث عن مؤشر"),
        "{t}"
    );
    let t = translated_page(&b, base, "/collection", "ar", "rtl", "ar-collection-office").await;
    assert!(
        t.contains("المواعيد لجميع الوحدات") && t.contains("يبدأ جمع البيانات في"),
        "{t}"
    );
    // The office's forms of the framework, translated; names and definitions are typed in English.
    let t = translated_page(
        &b,
        base,
        "/framework/nodes/edit?plan=SP2028-2031&node=TP-R1.O1",
        "ar",
        "rtl",
        "ar-node-form",
    )
    .await;
    assert!(
        t.contains("تعديل العقدة TP-R1.O1") && t.contains("تساهم في (الأهداف والغايات)"),
        "{t}"
    );
    let t = translated_page(
        &b,
        base,
        "/indicators/KPI-R1/edit?plan=SP2028-2031",
        "ar",
        "rtl",
        "ar-indicator-form",
    )
    .await;
    assert!(t.contains("تعديل المؤشر KPI-R1") && t.contains("المعالم"), "{t}");
    let t = translated_page(
        &b,
        base,
        "/framework/nodes/new?plan=SP2028-2031",
        "ar",
        "rtl",
        "ar-node-new",
    )
    .await;
    assert!(t.contains("عقدة نتائج جديدة"), "{t}");
    let t = translated_page(&b, base, "/periods", "ar", "rtl", "ar-periods").await;
    assert!(t.contains("فترات الإبلاغ") && t.contains("منح استثناء من الإقفال"), "{t}");
    // Questions from Council: the office asks about an indicator from the panel of its page; a blank
    // title comes back on a page of its own, in Arabic, keeping the text; then the thread and the list.
    b.go(&format!("{base}/indicators/KPI-R1")).await;
    let panel = b.text_of("section[aria-labelledby=council-questions-h]").await;
    assert!(panel.contains("طرح سؤال") && panel.contains("سؤالك"), "{panel}");
    b.fill("q-title", "   ").await;
    b.fill("q-body", "لماذا تأخر التنفيذ؟").await;
    b.click("#ask-question button[type=submit]").await;
    b.wait_text("لم يُرسل سؤالك").await;
    shown_in(&b, "ar", "rtl", "ar-question-ask-refused").await;
    main_translated(&b, "ar-question-ask-refused").await;
    b.fill("q-title", "تأخر التنفيذ").await;
    b.click("#ask-question button[type=submit]").await;
    let t = b.wait_text("أُرسل سؤالك").await;
    shown_in(&b, "ar", "rtl", "ar-question").await;
    main_translated(&b, "ar-question").await;
    assert!(
        t.contains("المؤشر KPI-R1") && t.contains("من يجيب") && t.contains("لماذا تأخر التنفيذ؟"),
        "{t}"
    );
    let t = translated_page(&b, base, "/questions", "ar", "rtl", "ar-questions").await;
    assert!(
        t.contains("أسئلة المجلس") && t.contains("تأخر التنفيذ") && t.contains("مفتوح"),
        "{t}"
    );
    // Year against year and the plan cycle, translated; the indicators' names stay English, marked so.
    let t = translated_page(&b, base, "/compare?a=2028&b=2029", "ar", "rtl", "ar-compare").await;
    assert!(
        t.contains("سنة مقابل سنة") && t.contains("كيف تغيرت الحالات من 2028 إلى 2029"),
        "{t}"
    );
    let name =
        b.c.find(Locator::Css("#compared tbody th span[lang=en]"))
            .await
            .unwrap();
    assert_eq!(name.attr("dir").await.unwrap().as_deref(), Some("ltr"));
    let t = translated_page(&b, base, "/cycle", "ar", "rtl", "ar-cycle").await;
    assert!(t.contains("دورة الخطة") && t.contains("المؤشرات حسب الفئة"), "{t}");
    let t = translated_page(&b, base, "/users", "ar", "rtl", "ar-users").await;
    assert!(
        t.contains("المستخدمون ورموز واجهة البرمجة") && t.contains("إضافة مستخدم"),
        "{t}"
    );
    let t = translated_page(&b, base, "/audit", "ar", "rtl", "ar-audit").await;
    assert!(t.contains("سجل التدقيق") && t.contains("الأحدث أولًا"), "{t}");
    let t = translated_page(&b, base, "/operations", "ar", "rtl", "ar-operations").await;
    assert!(t.contains("الخطط التشغيلية") && t.contains("معدل التنفيذ"), "{t}");
    let t = translated_page(&b, base, "/framework/revisions", "ar", "rtl", "ar-revisions").await;
    assert!(t.contains("تنقيحات الإطار") && t.contains("الإطار كما اعتُمد"), "{t}");
    // The reports page: the office freezes the 2028 report with its Council symbol, in Arabic, and opens
    // the run's page.
    let t = translated_page(&b, base, "/reports?year=2028", "ar", "rtl", "ar-reports").await;
    assert!(
        t.contains("التقارير المقدمة إلى المجلس") && t.contains("رمز وثيقة المجلس"),
        "{t}"
    );
    b.fill("r-symbol", "C29/35-A").await;
    b.fill("r-session", "دورة المجلس 2029").await;
    b.click("form[method=post][action='/reports'] button[type=submit]")
        .await;
    b.wait_text_for("جُمّد إصدار التقرير", 120).await;
    shown_in(&b, "ar", "rtl", "ar-reports-frozen").await;
    b.click("td > a[href^='/reports/']").await;
    let t = b.wait_text("إعادة العرض منذ هذا التقرير").await;
    shown_in(&b, "ar", "rtl", "ar-report-run").await;
    main_translated(&b, "ar-report-run").await;
    assert!(t.contains("report.pdf") && t.contains("مجمّد"), "{t}");
    let t = translated_page(&b, base, "/risks", "ar", "rtl", "ar-risks").await;
    assert!(
        t.contains("سجل المخاطر") && t.contains("الاحتمال × الأثر") && t.contains("إضافة خطر"),
        "{t}"
    );
    let t = translated_page(&b, base, "/risks/RSK-01", "ar", "rtl", "ar-risk").await;
    assert!(t.contains("آخر استعراض") && t.contains("تعديل RSK-01"), "{t}");
    b.logout().await;

    // Chinese: the browser remembers Arabic; the reader switches by keyboard before logging in.
    b.go(&format!("{}/login", srv.base)).await;
    assert_eq!(
        html_attr(&b, "lang").await.as_deref(),
        Some("ar"),
        "the browser's cookie remembers the choice"
    );
    switch_by_keyboard(&b, "zh").await;
    shown_in(&b, "zh", "ltr", "zh-login").await;
    log_in(&b, "planner.zh@itu.test").await;
    shown_in(&b, "zh", "ltr", "zh-dashboard").await;
    assert!(b.text().await.contains("需要关注"));
    b.go(&format!("{}/account", srv.base)).await;
    shown_in(&b, "zh", "ltr", "zh-account").await;
    b.go(&format!("{}/indicators/KPI-NOPE", srv.base)).await;
    shown_in(&b, "zh", "ltr", "zh-error").await;
    assert!(b.text().await.contains("返回仪表板"));
    b.go(&format!("{}/framework", srv.base)).await;
    shown_in(&b, "zh", "ltr", "zh-framework").await;
    let t = translated_page(&b, base, "/entry", "zh", "ltr", "zh-entry").await;
    for want in ["数据录入", "状态和质量", "说明和证据", "指标及其", "个指标符合条件"] {
        assert!(t.contains(want), "the Chinese entry grid shows {want}: {t}");
    }
    let t = translated_page(&b, base, "/notifications", "zh", "ltr", "zh-notifications").await;
    assert!(t.contains("仅显示未读通知"), "{t}");
    let t = translated_page(&b, base, "/collection", "zh", "ltr", "zh-collection-planner").await;
    assert!(t.contains("完成情况") && t.contains("日历"), "{t}");
    b.logout().await;

    log_in(&b, "office.zh@itu.test").await;
    shown_in(&b, "zh", "ltr", "zh-office-dashboard").await;
    let t = translated_page(&b, base, "/approvals", "zh", "ltr", "zh-approvals").await;
    assert!(t.contains("核准队列") && t.contains("搜索指标"), "{t}");
    let t = translated_page(&b, base, "/collection", "zh", "ltr", "zh-collection-office").await;
    assert!(t.contains("适用于所有单位的日期"), "{t}");
    let t = translated_page(&b, base, "/periods", "zh", "ltr", "zh-periods").await;
    assert!(t.contains("报告期") && t.contains("准予锁定例外"), "{t}");
    // The question asked in Arabic, in Chinese: the list, the thread, and marked answered.
    let t = translated_page(&b, base, "/questions", "zh", "ltr", "zh-questions").await;
    assert!(t.contains("理事会的问题") && t.contains("未结"), "{t}");
    b.click("td > a[href^='/questions/']").await;
    b.wait_text("由谁作答").await;
    b.click("#mark button[type=submit]").await;
    let t = b.wait_text("已标记为已答复").await;
    shown_in(&b, "zh", "ltr", "zh-question").await;
    main_translated(&b, "zh-question").await;
    assert!(t.contains("指标 KPI-R1") && t.contains("重新打开问题"), "{t}");
    let t = translated_page(&b, base, "/compare?a=2028&b=2029", "zh", "ltr", "zh-compare").await;
    assert!(
        t.contains("逐年比较") && t.contains("从 2028 到 2029 的状态变化"),
        "{t}"
    );
    let t = translated_page(&b, base, "/cycle", "zh", "ltr", "zh-cycle").await;
    assert!(t.contains("计划周期") && t.contains("按类别列出的指标"), "{t}");
    let t = translated_page(&b, base, "/users", "zh", "ltr", "zh-users").await;
    assert!(t.contains("用户和 API 令牌") && t.contains("添加用户"), "{t}");
    let t = translated_page(&b, base, "/audit", "zh", "ltr", "zh-audit").await;
    assert!(t.contains("审计日志") && t.contains("最新的在前"), "{t}");
    let t = translated_page(&b, base, "/operations", "zh", "ltr", "zh-operations").await;
    assert!(t.contains("业务计划") && t.contains("执行率"), "{t}");
    let t = translated_page(&b, base, "/framework/revisions", "zh", "ltr", "zh-revisions").await;
    assert!(t.contains("框架修订") && t.contains("通过时的框架"), "{t}");
    let t = translated_page(&b, base, "/reports?year=2028", "zh", "ltr", "zh-reports").await;
    assert!(
        t.contains("提交理事会的报告") && t.contains("报告运行，最新的在前") && t.contains("年度报告"),
        "{t}"
    );
    let t = translated_page(&b, base, "/risks", "zh", "ltr", "zh-risks").await;
    assert!(t.contains("风险登记册") && t.contains("可能性 × 影响"), "{t}");
    let t = translated_page(&b, base, "/risks/RSK-01", "zh", "ltr", "zh-risk").await;
    assert!(t.contains("上次审查") && t.contains("编辑 RSK-01"), "{t}");
    let t = translated_page(&b, base, "/framework", "zh", "ltr", "zh-framework").await;
    assert!(t.contains("成果框架") && t.contains("普遍连通"), "{t}");
    let t = translated_page(&b, base, "/framework/G1", "zh", "ltr", "zh-node").await;
    assert!(t.contains("在框架树中查看"), "{t}");
    let t = translated_page(&b, base, "/indicators/KPI-R1", "zh", "ltr", "zh-indicator").await;
    assert!(t.contains("元数据") && t.contains("跨时间汇总"), "{t}");
    let t = translated_page(&b, base, "/plans", "zh", "ltr", "zh-plans").await;
    assert!(t.contains("战略计划"), "{t}");
    let t = translated_page(&b, base, "/finance", "zh", "ltr", "zh-finance").await;
    assert!(t.contains("财务规划与执行") && t.contains("两年期合计"), "{t}");
    let t = translated_page(&b, base, "/finance/allocations", "zh", "ltr", "zh-allocations").await;
    assert!(t.contains("对成果的拨款"), "{t}");
    let t = translated_page(&b, base, "/mandates", "zh", "ltr", "zh-mandates").await;
    assert!(t.contains("授权以及"), "{t}");
}
