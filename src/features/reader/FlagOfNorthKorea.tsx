/**
 * The flag of North Korea, drawn to the proportions of the DPRK's 1992 flag law on a
 * 72 x 36 grid: blue 6, white 1, red 22, white 1, blue 6; the white disc (diameter 16)
 * centred a third of the way along; the red star inscribed in a circle of diameter 15.5.
 */
export function FlagOfNorthKorea({ title, titleId }: { title: string; titleId: string }) {
  return (
    <svg className="flag" viewBox="0 0 72 36" role="img" aria-labelledby={titleId}>
      <title id={titleId}>{title}</title>
      <rect width="72" height="36" fill="#024fa2" />
      <rect y="6" width="72" height="24" fill="#fff" />
      <rect y="7" width="72" height="22" fill="#ed1c27" />
      <circle cx="24" cy="18" r="8" fill="#fff" />
      <polygon
        fill="#ed1c27"
        points="24,10.25 25.74,15.605 31.371,15.605 26.815,18.915 28.555,24.27 24,20.96 19.445,24.27 21.185,18.915 16.629,15.605 22.26,15.605"
      />
    </svg>
  );
}
