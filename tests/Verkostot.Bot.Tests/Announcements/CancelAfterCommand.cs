using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Verkostot.Bot.Tests.Announcements;

/// <summary>
/// Cancels a token right after the first command matching <paramref name="matches"/> has run on the server: a host
/// told to stop at the worst moment, when the database did the work but the caller has not seen the result.
/// </summary>
public sealed class CancelAfterCommand(Func<string, bool> matches, CancellationTokenSource stopping) : DbCommandInterceptor
{
    private int _fired;

    public bool Fired => Volatile.Read(ref _fired) == 1;

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result,
        CancellationToken cancellationToken = default)
    {
        if (matches(command.CommandText) && Interlocked.Exchange(ref _fired, 1) == 0)
        {
            stopping.Cancel();
        }
        return ValueTask.FromResult(result);
    }
}
