/**
 * The header buttons' icons (Share, Full screen), drawn only where the header is narrow
 * (share.css): there the button shows the icon and keeps its text for screen readers, so its
 * accessible name stays "Share" / "Compartir". Inline SVG, no image request.
 */
const PATHS = {
  // three dots joined by two lines: the usual "share" sign
  share: 'M6 12a2 2 0 1 0 0 .01M18 6a2 2 0 1 0 0 .01M18 18a2 2 0 1 0 0 .01M8 11l8-4M8 13l8 4',
  // four corners pointing out
  fullscreen: 'M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5',
  // four corners pointing in
  exitFullscreen: 'M9 4v5H4M20 9h-5V4M15 20v-5h5M4 15h5v5',
} as const

export function ButtonIcon({ name }: { name: keyof typeof PATHS }) {
  return (
    <svg
      className="button-icon"
      viewBox="0 0 24 24"
      width="20"
      height="20"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={PATHS[name]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      />
    </svg>
  )
}
