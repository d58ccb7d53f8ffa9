#include "panels/article_reader.h"
#include "model/web_link.h"

#include "state/session.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMouseEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace summit::gui {

ArticleReader::ArticleReader(Session &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    setObjectName(QStringLiteral("articleReader"));
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("articleHeader"));
    m_header->setWordWrap(true);
    m_header->setOpenExternalLinks(true);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_header->setText(QStringLiteral("Click a quote or an excerpt to read it in its article."));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("articleText"));
    m_text->setAccessibleName(QStringLiteral("Article text"));
    m_text->setOpenExternalLinks(true);
    m_text->viewport()->installEventFilter(this);
    m_raw = new QCheckBox(QStringLiteral("Show &original"), this);
    m_raw->setObjectName(QStringLiteral("showRaw"));
    m_raw->setToolTip(QStringLiteral("Show the file as imported, with the same passage highlighted"));

    m_back = new QAction(QIcon::fromTheme(QStringLiteral("go-previous")), QStringLiteral("&Back"), this);
    m_back->setObjectName(QStringLiteral("readerBack"));
    m_back->setShortcuts(QKeySequence::Back);
    m_forward = new QAction(QIcon::fromTheme(QStringLiteral("go-next")), QStringLiteral("&Forward"), this);
    m_forward->setObjectName(QStringLiteral("readerForward"));
    m_forward->setShortcuts(QKeySequence::Forward);
    m_copy = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), QStringLiteral("Copy &Citation"), this);
    m_copy->setObjectName(QStringLiteral("copyCitation"));
    m_copy->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_edit = new QAction(QIcon::fromTheme(QStringLiteral("document-properties")),
                         QStringLiteral("Edit &Metadata…"), this);
    m_edit->setObjectName(QStringLiteral("editMetadata"));
    for (QAction *a : {m_back, m_forward, m_copy, m_edit})
        a->setShortcutContext(Qt::WindowShortcut);

    auto *bar = new QHBoxLayout;
    for (QAction *a : {m_back, m_forward, m_copy, m_edit}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(a);
        button->setToolButtonStyle(a == m_back || a == m_forward ? Qt::ToolButtonIconOnly
                                                                 : Qt::ToolButtonTextBesideIcon);
        button->setAccessibleName(a->text().remove(QLatin1Char('&')));
        bar->addWidget(button);
    }
    bar->addStretch();
    bar->addWidget(m_raw);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);

    connect(m_back, &QAction::triggered, this, [this] { go(-1); });
    connect(m_forward, &QAction::triggered, this, [this] { go(+1); });
    connect(m_copy, &QAction::triggered, this,
            [this] { QApplication::clipboard()->setText(citationText()); });
    connect(m_edit, &QAction::triggered, this, [this] {
        if (m_current.articleId)
            Q_EMIT editMetadataRequested(m_current.articleId);
    });
    connect(m_raw, &QCheckBox::toggled, this, [this] { show(m_current); });
    updateActions();
}

void ArticleReader::openPassage(qint64 articleId, int start, int end)
{
    const Location where{articleId, start, end};
    m_history.resize(m_index + 1); // a new visit drops the forward history
    m_history << where;
    m_index = int(m_history.size() - 1);
    show(where);
    updateActions();
}

bool ArticleReader::showingRaw() const
{
    return m_raw->isChecked();
}

void ArticleReader::setShowRaw(bool raw)
{
    m_raw->setChecked(raw);
}

void ArticleReader::reloadCurrent()
{
    if (m_current.articleId)
        show(m_current);
}

void ArticleReader::go(int delta)
{
    const int target = m_index + delta;
    if (target < 0 || target >= m_history.size())
        return;
    m_index = target;
    show(m_history.at(m_index));
    updateActions();
}

void ArticleReader::updateActions()
{
    m_back->setEnabled(m_index > 0);
    m_forward->setEnabled(m_index >= 0 && m_index + 1 < m_history.size());
    m_copy->setEnabled(m_current.articleId != 0);
    m_edit->setEnabled(m_current.articleId != 0);
}

void ArticleReader::show(const Location &where)
{
    m_current = where;
    m_article = m_session.library().article(where.articleId);
    if (!m_article) {
        m_header->setText(QStringLiteral("This article is no longer in the library."));
        m_text->clear();
        return;
    }
    const auto &a = *m_article;
    QString header = QStringLiteral("<b style='font-size:large'>%1</b><br>%2 · %3")
                         .arg(a.title.toHtmlEscaped(), a.outlet.toHtmlEscaped(),
                              a.published.isValid()
                                  ? QLocale::c().toString(a.published, QStringLiteral("d MMMM yyyy"))
                                  : QStringLiteral("undated"));
    // Only http(s) becomes a link: the URL came from an untrusted page. Anything else is shown
    // as text, so the user still sees what the page claimed.
    if (const QUrl link = webLink(a.url); link.isValid())
        header += QStringLiteral("<br><a href=\"%1\">%2</a>")
                      .arg(QString::fromUtf8(link.toEncoded()).toHtmlEscaped(), a.url.toHtmlEscaped());
    else if (!a.url.isEmpty())
        header += QStringLiteral("<br>%1").arg(a.url.toHtmlEscaped());
    // The user's own star, tags and note on the article (schema v7).
    const library::Annotation mine = m_session.library().annotation(library::AnnotationTarget::article(a.id));
    if (mine.starred || !mine.tags.isEmpty())
        header += QStringLiteral("<br>%1%2").arg(mine.starred ? QStringLiteral("★ <b>Starred</b> ") : QString(),
                                                 mine.tags.isEmpty() ? QString()
                                                                     : QStringLiteral("Tags: ") + mine.tags.join(QStringLiteral(", ")).toHtmlEscaped());
    if (!mine.note.isEmpty())
        header += QStringLiteral("<br><span style='background:#fff6cc;color:#1a1a1a'>Your note: %1</span>").arg(mine.note.toHtmlEscaped());
    m_header->setText(header);

    QString text;
    int start = where.start;
    int end = where.end;
    if (showingRaw()) {
        // '\r' would not map 1:1 onto document positions; a space keeps every offset.
        text = library::decodeRaw(a.raw, a.encoding).replace(QLatin1Char('\r'), QLatin1Char(' '));
        const library::RawSpan raw = library::toRawSpan(a, where.start, where.end);
        start = raw.start;
        end = raw.end;
    } else {
        text = a.cleanText;
    }
    m_text->setPlainText(text);
    start = std::clamp(start, 0, int(text.size()));
    end = std::clamp(end, start, int(text.size()));
    m_displayed = {start, end};

    QTextEdit::ExtraSelection mark;
    mark.cursor = QTextCursor(m_text->document());
    mark.cursor.setPosition(start);
    mark.cursor.setPosition(end, QTextCursor::KeepAnchor);
    const bool dark = palette().color(QPalette::Base).lightnessF() < 0.5;
    mark.format.setBackground(dark ? QColor(120, 95, 0) : QColor(255, 226, 120));
    mark.format.setForeground(palette().color(QPalette::Text));
    m_text->setExtraSelections({mark});

    QTextCursor c(m_text->document());
    c.setPosition(start);
    m_text->setTextCursor(c);
    scrollToPassage();
    // Again once the dock that holds the reader has been raised and laid out.
    QTimer::singleShot(0, this, &ArticleReader::scrollToPassage);
    updateActions();
}

void ArticleReader::scrollToPassage()
{
    // The passage a third of the way down, not glued to an edge.
    QTextCursor c(m_text->document());
    c.setPosition(std::min(m_displayed.first, m_text->document()->characterCount() - 1));
    QScrollBar *bar = m_text->verticalScrollBar();
    const QRect r = m_text->cursorRect(c);
    bar->setValue(bar->value() + r.top() - m_text->viewport()->height() / 3);
}

QString ArticleReader::citationText() const
{
    if (!m_article)
        return {};
    const QString words = m_article->cleanText.mid(m_current.start, m_current.end - m_current.start);
    return library::citation(*m_article, words);
}

bool ArticleReader::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonPress) {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::BackButton) {
            go(-1);
            return true;
        }
        if (mouse->button() == Qt::ForwardButton) {
            go(+1);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace summit::gui
