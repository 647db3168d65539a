using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Verkostot.Core.Questions.Answers;
using Verkostot.Core.Storage;

namespace Verkostot.Core.Questions.Unanswered;

/// <summary>
/// Keeps the questions the bot answered with "En löytänyt …": the words, language, time and network, never the
/// asker. A failure to keep one is logged and forgotten; the asker has their answer either way.
/// </summary>
public sealed partial class UnansweredQuestionLog(IDbContextFactory<VerkostotDbContext> contexts, TimeProvider time, ILogger<UnansweredQuestionLog> logger)
{
    /// <summary>How long an unanswered question is kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(90);

    public async Task RecordAsync(Question question, Answer answer, string? networkId, CancellationToken cancellationToken)
    {
        var text = question.Text.Trim();
        if (answer.Kind != AnswerKind.NotFound || text.Length < 2)
        {
            return;
        }

        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            db.Add(new UnansweredQuestion
            {
                Text = text.Length <= UnansweredQuestion.MaxTextLength ? text : text[..UnansweredQuestion.MaxTextLength],
                Language = answer.Language,
                AskedAt = time.GetUtcNow(),
                NetworkId = networkId,
            });
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogNotKept(e);
        }
    }

    /// <summary>Forgets questions older than <see cref="Retention"/>.</summary>
    public async Task<int> PurgeAsync(CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow() - Retention;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Set<UnansweredQuestion>().Where(q => q.AskedAt < before).ExecuteDeleteAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "An unanswered question could not be kept")]
    private partial void LogNotKept(Exception exception);
}
