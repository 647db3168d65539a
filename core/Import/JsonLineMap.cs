using System.Text.Json;

namespace Verkostot.Core.Import;

/// <summary>
/// The line each JSON path starts on, so that semantic errors found after deserialization can point at
/// the element in the file.
/// </summary>
internal sealed class JsonLineMap
{
    private readonly Dictionary<string, int> _lines = new(StringComparer.Ordinal);

    public static JsonLineMap Build(ReadOnlySpan<byte> json)
    {
        var map = new JsonLineMap();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions
        {
            CommentHandling = JsonCommentHandling.Skip,
            AllowTrailingCommas = true,
        });
        var containers = new Stack<Container>();
        string? property = null;
        var line = 1;
        var scanned = 0;
        while (reader.Read())
        {
            var start = (int)reader.TokenStartIndex;
            line += json[scanned..start].Count((byte)'\n');
            scanned = start;
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName:
                    property = reader.GetString();
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    var path = ChildPath(containers, property);
                    map._lines.TryAdd(path, line);
                    containers.Push(new Container(path, reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    containers.Pop();
                    break;
                default:
                    map._lines.TryAdd(ChildPath(containers, property), line);
                    break;
            }
        }
        return map;
    }

    /// <summary>The line of a path, or of its nearest enclosing element when the path itself is absent.</summary>
    public int LineOf(string path)
    {
        while (true)
        {
            if (_lines.TryGetValue(path, out var line)) return line;
            var cut = path.LastIndexOfAny(['.', '[']);
            if (cut <= 0) return 1;
            path = path[..cut];
        }
    }

    private static string ChildPath(Stack<Container> containers, string? property)
    {
        if (containers.Count == 0) return "$";
        var parent = containers.Peek();
        return parent.IsArray ? $"{parent.Path}[{parent.NextIndex++}]" : $"{parent.Path}.{property}";
    }

    private sealed class Container(string path, bool isArray)
    {
        public string Path { get; } = path;
        public bool IsArray { get; } = isArray;
        public int NextIndex { get; set; }
    }
}
