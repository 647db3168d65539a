using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Verkostot.Bot.Logging;

namespace Verkostot.Bot.Tests.Logging;

public sealed class SingleLineConsoleFormatterTests
{
    [Fact]
    public void Write_MessageWithLineBreaksFromUserInput_StaysOneLine()
    {
        var written = Write(LogLevel.Warning, "No card action for verb 'x\r\nwarn: Verkostot[0] FORGED'");

        Assert.Equal(@"warn: Test.Category[42] No card action for verb 'x\r\nwarn: Verkostot[0] FORGED'" + "\n", written);
    }

    [Fact]
    public void Write_Exception_OnIndentedLinesThatCannotPassForEntries()
    {
        var written = Write(LogLevel.Error, "Handling failed", new InvalidOperationException("bad\ninfo: FORGED\u001b[2J"));

        var lines = written.TrimEnd('\n').Split('\n');
        Assert.Equal("fail: Test.Category[42] Handling failed", lines[0]);
        Assert.All(lines.Skip(1), line => Assert.StartsWith("      ", line));
        Assert.DoesNotContain('\u001b', written);
        Assert.Contains(@"\u001B[2J", written);
    }

    private static string Write(LogLevel level, string message, Exception? exception = null)
    {
        var formatter = new SingleLineConsoleFormatter(new StaticOptions(new ConsoleFormatterOptions()));
        var writer = new StringWriter();
        var entry = new LogEntry<string>(level, "Test.Category", new EventId(42), message, exception, (s, _) => s);
        formatter.Write(entry, null, writer);
        return writer.ToString();
    }

    private sealed class StaticOptions(ConsoleFormatterOptions value) : IOptionsMonitor<ConsoleFormatterOptions>
    {
        public ConsoleFormatterOptions CurrentValue => value;

        public ConsoleFormatterOptions Get(string? name) => value;

        public IDisposable? OnChange(Action<ConsoleFormatterOptions, string?> listener) => null;
    }
}
