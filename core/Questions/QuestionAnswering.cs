using Verkostot.Core.Catalog;
using Verkostot.Core.Questions.Answers;

namespace Verkostot.Core.Questions;

/// <summary>
/// Answers a question from the current catalog snapshot: fetches the snapshot (cached by the source) and hands the
/// question to a <see cref="QuestionAnswerer"/> over it. The per-snapshot name index is built once and reused.
/// </summary>
public sealed class QuestionAnswering(ICatalogSource catalogs, TimeProvider time)
{
    public async ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        return new QuestionAnswerer(catalog, time).Answer(question);
    }
}
