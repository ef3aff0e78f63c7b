type CardNoticeProps = { id: string; message: string };

/** A one-line card body for a card that is loading or could not be loaded. */
export function CardNotice({ id, message }: CardNoticeProps) {
  return (
    <p id={id} class="sl-notice">
      {message}
    </p>
  );
}
