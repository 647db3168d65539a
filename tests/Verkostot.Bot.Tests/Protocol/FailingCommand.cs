using Verkostot.Bot.Chat;
using Verkostot.Bot.Protocol.Inbound;
using Verkostot.Bot.Protocol.Routing;

namespace Verkostot.Bot.Tests.Protocol;

/// <summary>"kaada botti": a command whose handler throws, as a bug would.</summary>
internal sealed class FailingCommand : IChatCommand
{
    public const string Text = "kaada botti";

    public static Route Route { get; } = Route.Command<FailingCommand>(CommandWords.StartingWith(fi: [Text]));

    public Task HandleAsync(Activity activity, string text, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("A simulated bug in a handler.");
}
