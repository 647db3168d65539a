using Verkostot.Core.Questions.Unanswered;

namespace Verkostot.Jobs.Questions;

/// <summary>
/// Daily at 8.00 Helsinki time: forgets unanswered questions past 90 days and, in the first week of a month, sends each
/// network's coordinators last month's unanswered questions. The report decides what is due; running twice sends nothing twice.
/// </summary>
public sealed class UnansweredQuestionsJob(UnansweredReport report)
{
    public const string Id = "unanswered-questions";
    public const string Cron = "0 8 * * *";

    public Task RunAsync(CancellationToken cancellationToken) => report.RunAsync(cancellationToken);
}
