using Microsoft.Extensions.Logging;
using Verkostot.Core.Catalog;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Questions.Unanswered;
using Verkostot.Core.Telemetry;

namespace Verkostot.Core.Questions;

/// <summary>
/// Answers a question from the current catalog snapshot: fetches the snapshot (cached by the source) and hands the
/// question to a <see cref="QuestionAnswerer"/> over it. The per-snapshot name index is built once and reused.
/// </summary>
public sealed partial class QuestionAnswering(
    ICatalogSource catalogs,
    TimeProvider time,
    ILogger<QuestionAnswering> logger,
    BusinessMetrics metrics,
    IAskerAttendance? attendance = null,
    UnansweredQuestionLog? unanswered = null)
{
    public async ValueTask<Answer> AnswerAsync(Question question, CancellationToken cancellationToken)
    {
        var catalog = await catalogs.GetAsync(cancellationToken);
        var answerer = new QuestionAnswerer(catalog, time);

        // "Olenko ilmoittautunut?" is the one question whose answer is not in the catalog snapshot.
        var answers = attendance is not null && QuestionAnswerer.AsksOwnAttendance(question) && answerer.Asker(question) is { } asker
            ? await attendance.AnswersOfAsync(asker.Id, cancellationToken)
            : null;
        var answer = answerer.Answer(question, answers);
        if (unanswered is not null && answer.Kind == AnswerKind.NotFound)
        {
            // Kept without the asker, so that coordinators see where the data falls short.
            await unanswered.RecordAsync(question, answer, answer.NetworkId ?? question.NetworkId ?? catalog.NetworkOfConversation(question.TeamId, question.ChannelId)?.Id, cancellationToken);
        }

        // The question text is the user's own words: counted by kind, never logged.
        Answered(logger, answer.Kind, answer.Language, answer.NetworkId);
        metrics.QuestionAnswered(answer.Kind, answer.Language);
        return answer;
    }

    /// <summary>
    /// Loads the catalog snapshot and answers one question in each language, neither logged nor counted: the first
    /// member to ask after a start then finds the snapshot, its indexes and the answering code ready.
    /// </summary>
    public async Task WarmUpAsync(CancellationToken cancellationToken)
    {
        var answerer = new QuestionAnswerer(await catalogs.GetAsync(cancellationToken), time);
        foreach (var question in WarmUpQuestions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            answerer.Answer(question);
        }
    }

    private static readonly Question[] WarmUpQuestions =
    [
        new("kuka on puheenjohtaja", "fi-FI"),
        new("vem är ordförande", "sv-FI"),
        new("when is the next meeting", "en-US"),
    ];

    [LoggerMessage(Level = LogLevel.Information, Message = "Question answered: {Kind} in {Language}, network {NetworkId}")]
    private static partial void Answered(ILogger logger, AnswerKind kind, Domain.Language language, string? networkId);
}
