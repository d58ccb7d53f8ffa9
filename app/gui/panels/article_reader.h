#pragma once

#include "library/records.h"

#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QTextBrowser;
class QToolButton;

namespace summit::gui {

class Session;

/// Reads one article: title, outlet, date, clickable URL and clean text, scrolled to a passage
/// with its exact span highlighted; optionally the original raw text with the same span
/// (mapped through the article's offset map). Keeps back/forward history.
class ArticleReader final : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleReader(Session &session, QWidget *parent = nullptr);

    /// Opens the article at [start, end) of its clean text and records it in the history.
    void openPassage(qint64 articleId, int start, int end);
    qint64 articleId() const { return m_current.articleId; }
    /// The highlighted span in clean-text offsets (whatever text is on screen).
    QPair<int, int> highlightedSpan() const { return {m_current.start, m_current.end}; }
    /// The highlighted span in the document on screen (raw offsets when showing the original).
    QPair<int, int> displayedSpan() const { return m_displayed; }
    bool showingRaw() const;
    void setShowRaw(bool raw);
    QTextBrowser *textView() const { return m_text; }
    QAction *backAction() const { return m_back; }
    QAction *forwardAction() const { return m_forward; }
    QAction *copyCitationAction() const { return m_copy; }
    /// The citation the copy action puts on the clipboard.
    QString citationText() const;
    void reloadCurrent();

Q_SIGNALS:
    void editMetadataRequested(qint64 articleId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Location
    {
        qint64 articleId = 0;
        int start = 0;
        int end = 0;
    };
    void show(const Location &where);
    void go(int delta);
    void scrollToPassage();
    void updateActions();

    Session &m_session;
    QLabel *m_header = nullptr;
    QTextBrowser *m_text = nullptr;
    QCheckBox *m_raw = nullptr;
    QAction *m_back = nullptr;
    QAction *m_forward = nullptr;
    QAction *m_copy = nullptr;
    QAction *m_edit = nullptr;
    QVector<Location> m_history;
    int m_index = -1;
    Location m_current;
    QPair<int, int> m_displayed{0, 0};
    std::optional<library::ArticleRecord> m_article;
};

} // namespace summit::gui
