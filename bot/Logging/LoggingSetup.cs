using Microsoft.Extensions.Logging.Console;

namespace Verkostot.Bot.Logging;

public static class LoggingSetup
{
    /// <summary>
    /// Console lines that user input cannot break or forge (<see cref="SingleLineConsoleFormatter"/>), and repeated
    /// warnings and errors rate-limited (<see cref="RepeatedLogSampler"/>).
    /// </summary>
    public static ILoggingBuilder AddBotLogging(this ILoggingBuilder logging)
    {
        logging.AddConsole(console => console.FormatterName = SingleLineConsoleFormatter.Name)
            .AddConsoleFormatter<SingleLineConsoleFormatter, ConsoleFormatterOptions>();
        logging.AddSampler<RepeatedLogSampler>();
        return logging;
    }
}
