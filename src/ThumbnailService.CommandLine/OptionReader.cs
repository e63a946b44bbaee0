namespace ThumbnailService.CommandLine;

/// <summary>
/// The <c>--name value</c> and <c>--flag</c> options of a command without positional arguments.
/// Unknown options, missing values and stray words are <see cref="UsageException"/>s.
/// </summary>
public sealed class OptionReader
{
    private readonly Dictionary<string, string> _values;
    private readonly HashSet<string> _flags;

    private OptionReader(Dictionary<string, string> values, HashSet<string> flags)
    {
        _values = values;
        _flags = flags;
    }

    /// <param name="valueOptions">Names (with <c>--</c>) that take a value.</param>
    /// <param name="flagOptions">Names (with <c>--</c>) that stand alone.</param>
    public static OptionReader Parse(IReadOnlyList<string> arguments, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (flagOptions.Contains(argument))
            {
                flags.Add(argument);
            }
            else if (valueOptions.Contains(argument))
            {
                values[argument] = i + 1 < arguments.Count ? arguments[++i] : throw new UsageException($"option '{argument}' needs a value");
            }
            else
            {
                throw new UsageException(argument.StartsWith('-') ? $"unknown option '{argument}'" : $"unexpected argument '{argument}'");
            }
        }

        return new OptionReader(values, flags);
    }

    public string? Value(string name) => _values.GetValueOrDefault(name);

    public bool Flag(string name) => _flags.Contains(name);
}
