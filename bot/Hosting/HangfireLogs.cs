using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace Verkostot.Bot.Hosting;

/// <summary>
/// Hangfire's log provider is one per process (<c>LogProvider.SetCurrentLogProvider</c>): AddHangfire points it at the
/// host's ILoggerFactory, and Hangfire asks it for a logger whenever it makes a job client or a recurring-job manager
/// (the dashboard makes one per "run now"). In a process with several hosts (the tests start hundreds) it is the
/// factory of the host configured last, and once that host is disposed its factory throws ObjectDisposedException:
/// another host's dashboard answered 500. Hangfire then gets a silent logger instead; with one host per process, as
/// the bot runs, the host's factory always answers.
/// </summary>
internal sealed class HangfireLogs(ILoggerFactory factory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _logs = new(factory);

    public ILog GetLogger(string name)
    {
        try
        {
            return _logs.GetLogger(name);
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}
