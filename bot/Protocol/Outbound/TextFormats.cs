namespace Verkostot.Bot.Protocol.Outbound;

public static class TextFormats
{
    public const string Markdown = "markdown";
    public const string Plain = "plain";
    public const string Xml = "xml";
}
