namespace ThumbnailService.Core.Options;

/// <summary>Every configuration problem found at start-up, reported together (this becomes the init error).</summary>
public sealed class InvalidConfigurationException : Exception
{
    public InvalidConfigurationException(IReadOnlyList<string> problems)
        : base("Invalid configuration: " + string.Join(" ", problems))
    {
        Problems = problems;
    }

    public IReadOnlyList<string> Problems { get; }
}
